/** `npm run add-edition`: see src/cli/addEdition.ts. */
import { processIO, runCli } from '../node/InputError.ts';
import { addEdition } from './addEdition.ts';

await runCli(() => addEdition(process.argv.slice(2), processIO));
