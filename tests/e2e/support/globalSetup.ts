import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser';
import { serveDirectory } from './staticServer';

const distWeb = fileURLToPath(new URL('../../../dist-web', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

/**
 * One server for the whole end-to-end run. A missing browser or build is a failure with a clear
 * way out, never a silent skip: CI must not go green without having driven the app.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(chromiumPath())) {
    throw new Error(
      `Chromium not found at ${chromiumPath()}. Install it (apt-get install -y chromium) or run bash .ci/run, ` +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  if (!existsSync(`${distWeb}/index.html`)) {
    throw new Error('dist-web/index.html is missing: run `npm run web:build` first (npm run test:e2e does).');
  }
  const server = await serveDirectory(distWeb);
  project.provide('appUrl', server.url);
  return server.close;
}
