// The Electron smoke suite: runs where an Electron binary is installed, and says in one
// line that it was skipped where it is not (as on build machines that cannot download it).
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const binary = electronBinary();
if (!binary) {
  process.stdout.write(
    'Electron-rooktest skipped: no Electron binary (on a machine with internet: node node_modules/electron/install.js).\n',
  );
  process.exit(0);
}
const result = spawnSync('npx', ['playwright', 'test', '--config', 'tests/electron/playwright.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_BINARY: binary },
});
process.exit(result.status ?? 1);
