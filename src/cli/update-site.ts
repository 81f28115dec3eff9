/** `npm run update-site`: see src/cli/updateSite.ts. */
import { processIO, runCli } from '../node/InputError.ts';
import { updateSite } from './updateSite.ts';

await runCli(() => updateSite(process.argv.slice(2), processIO));
