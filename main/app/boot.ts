import { loadWithCompileCache } from '../compile-cache';

/** out/main/electron.cjs (package.json's "main"): Electron's entry; the app itself (main.ts) is app.cjs beside it. */
loadWithCompileCache(__dirname, 'app.cjs');
