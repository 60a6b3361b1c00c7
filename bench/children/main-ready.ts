import { loadWithCompileCache } from '../../main/compile-cache';

/** As the shells start (main/host/boot.ts): Node's compile cache on, then the measured child beside this file. */
loadWithCompileCache(__dirname, 'main-ready-app.cjs');
