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

/** Runs a command's main; turns InputError (and any surprise) into one line on stderr and exit code 1. */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const message = error instanceof InputError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`error: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exitCode = 1;
  }
}

/** node:util parseArgs, whose mistakes (an unknown option, a missing value) become one usage line, not a crash. */
export function cliArgs<T extends ParseArgsConfig>(command: string, usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new InputError(command, null, `${error instanceof Error ? error.message : String(error)}; usage: ${usage}`);
  }
}
