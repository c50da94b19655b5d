import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The benchmark page: the app's own modules (shared/, renderer/db) driven in Chromium, built
// apart from the app so nothing of it ships.
export default defineConfig({
  root: fileURLToPath(new URL('./tests/bench/page', import.meta.url)),
  base: './',
  // The same JSX transform as the app: the estate search benchmark mounts the app's own page.
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist-bench', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 8192,
  },
  worker: { format: 'es' },
});
