import { z } from 'zod/mini';

// zod compiles object parsers with `new Function` after probing whether eval is allowed. Under the app's
// Content-Security-Policy (script-src 'self', no 'unsafe-eval') the probe fails as intended but is still reported
// as a violation. The probe runs when a schema is defined, so each browser module that defines or imports a schema
// imports this first (the views that load them: SourceView.tsx and search.ts; the first view has no zod), and so
// does the prerenderer (server.tsx).
z.config({ jitless: true });
