import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { pruneThemeTokens } from './scripts/vite/prune-theme-tokens';

/** Builds the renderer into out/renderer with relative URLs, so it loads from app:// and from the host. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  resolve: {
    alias: { '@plex': resolve(import.meta.dirname, 'node_modules/@ibm/plex-sans/fonts/complete/woff2') },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  // The design-token theme is 207 kB of custom properties; ship only those the styles use.
  plugins: [pruneThemeTokens(resolve(import.meta.dirname, 'renderer/src'))],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    // Screens are lazy chunks (renderer/src/app/lazy-screens.ts); they load from disk, so size warnings do not apply.
    chunkSizeWarningLimit: 1500,
    modulePreload: { polyfill: false },
  },
});
