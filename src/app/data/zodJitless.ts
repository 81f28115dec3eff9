import { z } from 'zod/mini';

// zod compiles object parsers with `new Function` after probing whether eval is allowed. Under the app's
// Content-Security-Policy (script-src 'self', no 'unsafe-eval') the probe fails as intended but is still reported
// as a violation. The probe runs when a schema is defined, so this module must be main.tsx's first import.
z.config({ jitless: true });
