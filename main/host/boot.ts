import { loadWithCompileCache } from '../compile-cache';

/** out/host/cli.cjs: the browser host's entry; the host itself (cli.ts) is host.cjs beside it. */
loadWithCompileCache(__dirname, 'host.cjs');
