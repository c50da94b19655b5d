import { z } from 'zod';

/**
 * zod, configured before any schema is built. Without `jitless` zod probes `new Function` on its
 * first object parse, which the app's CSP (no 'unsafe-eval') reports as a violation at start;
 * the interpreted parser is fast enough for settings and IPC messages. Every module takes z from
 * here, never from 'zod' itself, so no schema can be built before this line has run.
 */
z.config({ jitless: true });

export { z };
