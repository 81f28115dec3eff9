import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A problem with the publisher's input: reported as one line naming the file (and line), never a stack trace. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
    readonly column: number | null = null,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}${line !== null && column !== null ? `:${column}` : ''}: ${reason}`);
  }
}

/** Where a command writes: the process's own streams, or a test's buffers (commands run in-process in tests). */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** Runs a command's main; turns InputError (and any surprise) into one line on `io.stderr`. Resolves to the exit code. */
export async function runCommand(main: () => Promise<void>, io: CliIO): Promise<number> {
  try {
    await main();
    return 0;
  } catch (error) {
    const message = error instanceof InputError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr(`error: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  }
}

/** runCommand on the process's own streams, with its exit code. */
export async function runCli(main: () => Promise<void>): Promise<void> {
  if ((await runCommand(main, processIO)) !== 0) process.exitCode = 1;
}

/** node:util parseArgs, whose mistakes (an unknown option, a missing value) become one usage line, not a crash. */
export function cliArgs<T extends ParseArgsConfig>(command: string, usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new InputError(command, null, `${error instanceof Error ? error.message : String(error)}; usage: ${usage}`);
  }
}
