import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the renderer into out/renderer with relative URLs, so it loads from app:// and from the host. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  resolve: {
    alias: { '@plex': resolve(import.meta.dirname, 'node_modules/@ibm/plex-sans/fonts/complete/woff2') },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    // The app loads from disk: one chunk is fine and keeps the CSP simple.
    chunkSizeWarningLimit: 1500,
    modulePreload: { polyfill: false },
  },
});
