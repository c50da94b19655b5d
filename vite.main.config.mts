import { defineConfig } from 'vite';

// Forge's Vite plugin supplies the rest: the entry (electron/main.ts), CommonJS output into
// .vite/build, and Electron plus the Node built-ins as externals. Everything else (shared/, zod,
// electron-store and its dependencies) is bundled, because the packaged app ships .vite/ only,
// without node_modules.
export default defineConfig(({ mode }) => ({
  build: {
    // Electron 45 runs a newer Node; node22 output runs on it unchanged.
    target: 'node22',
    // Maps only while developing: the packaged asar should not carry them.
    sourcemap: mode === 'development',
  },
}));
