// `npm run host -- --port 0 --data-dir DIR`: builds if needed, then serves the app to a
// plain browser. stdout carries only the `APP_URL=...` line; build messages go to stderr.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildApp, isBuildCurrent } from './build.mjs';

const root = resolve(import.meta.dirname, '..');
if (!isBuildCurrent()) await buildApp();

const child = spawn(process.execPath, [join(root, 'out/host/cli.cjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
