// `npm start`: builds if needed and launches the desktop app. Where the Electron binary is
// absent and cannot be downloaded, it says so in one line and runs the browser host instead.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildApp, isBuildCurrent } from './build.mjs';
import { electronBinary } from './electron-binary.mjs';

const root = resolve(import.meta.dirname, '..');
if (!isBuildCurrent()) await buildApp();
const args = process.argv.slice(2);
const binary = electronBinary();
const child = binary
  ? spawn(binary, [root, ...args], { stdio: 'inherit' })
  : (() => {
      process.stderr.write(
        'Electron is niet geïnstalleerd op deze machine (het programma kan hier niet worden gedownload); het werkboek start daarom in je browser via de browser-host.\n',
      );
      const host = spawn(process.execPath, [join(root, 'out/host/cli.cjs'), ...args], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      host.stdout.on('data', (chunk) => {
        const line = String(chunk);
        process.stdout.write(line);
        const url = /APP_URL=(\S+)/.exec(line)?.[1];
        if (url) process.stderr.write(`Open deze link in je browser: ${url}\nStoppen: Ctrl+C\n`);
      });
      return host;
    })();
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
