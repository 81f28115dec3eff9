/** Under `npm run mutation` only: the same random cases for every mutant, so a score does not change from run to run. */
import fc from 'fast-check';

fc.configureGlobal({ seed: 20240705 });
