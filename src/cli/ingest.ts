/** `npm run ingest`: see src/cli/ingestCommand.ts. */
import { processIO, runCli } from '../node/InputError.ts';
import { ingest } from './ingestCommand.ts';

await runCli(() => ingest(process.argv.slice(2), processIO));
