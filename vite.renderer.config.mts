import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy as policy } from './shared/security/csp';

const root = fileURLToPath(new URL('./renderer', import.meta.url));

/**
 * The built page also carries its CSP as a meta tag: a second line of defence beside the header
 * the app:// protocol handler sends, and the only one where a host sends no header (the browser
 * build on a plain static server). Dev serving skips it: React's fast-refresh preamble is inline.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'street-ledger-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy({ delivery: 'meta' }) }, injectTo: 'head-prepend' },
    ],
  };
}

// One renderer, two hosts: Forge's Vite plugin builds it into the Electron app, and
// `--mode web` builds the same code for a plain browser (dist-web), which the e2e tests drive.
export default defineConfig(({ mode }) => ({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: mode === 'web' ? fileURLToPath(new URL('./dist-web', import.meta.url)) : undefined,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    // Maps for the browser build the journeys drive and for development; never in the packaged
    // app, where app:// would serve the whole source to anyone who asks.
    sourcemap: mode === 'web' || mode === 'development',
  },
  worker: { format: 'es' },
}));
