import { defineConfig } from 'vite';

// Forge's Vite plugin supplies the entry (electron/preload.ts) and one CommonJS file without
// chunks. The preload is sandboxed, so it may require nothing but 'electron' at run time: shared/
// and zod must be bundled in, which the plugin's settings do.
export default defineConfig(({ mode }) => ({
  build: {
    sourcemap: mode === 'development' ? 'inline' : false,
  },
}));
