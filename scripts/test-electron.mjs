// The Electron smoke suite: runs where an Electron binary is installed, and says in one
// line that it was skipped where it is not (as on build machines that cannot download it).
import { electronBinary } from './electron-binary.mjs';
import { runTool } from './lib/node-tool.mjs';

const binary = electronBinary();
if (!binary) {
  process.stdout.write(
    'Electron-rooktest skipped: no Electron binary (on a machine with internet: node node_modules/electron/install.js).\n',
  );
  process.exit(0);
}
process.exit(
  runTool('@playwright/test', 'playwright', ['test', '--config', 'tests/electron/playwright.config.ts'], {
    env: { ...process.env, ELECTRON_BINARY: binary },
  }),
);
