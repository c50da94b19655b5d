#!/usr/bin/env node
// Launcher for `street-ledger` (package.json "bin"). It registers tsx so the TypeScript in
// cli/ and shared/ runs as is: `npx street-ledger` works right after `npm ci`, no build step.
// The package is CommonJS (no "type": "module"), so tsx compiles the .ts files as CommonJS and
// they are loaded with require; tsx's ESM loader trips over Node 20's require(esm) here.
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();
const require = createRequire(import.meta.url);
const { main, processOutput } = require('../cli/main.ts');

// exitCode rather than exit(): a large --json document piped to another program must drain.
process.exitCode = await main(process.argv.slice(2), processOutput, process.cwd());
