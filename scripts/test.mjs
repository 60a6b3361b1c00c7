// `npm test`: everything a newcomer needs, in order: typecheck, lint, unit tests, build,
// end-to-end tests in Chromium, and the Electron smoke suite where an Electron binary exists.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['Lint', 'npm', ['run', '--silent', 'lint']],
  ['Unit- en integratietests', 'npx', ['vitest', 'run']],
  ['Bouwen', 'node', ['scripts/build.mjs']],
  ['End-to-end-tests (Chromium, browser-host)', 'npx', ['playwright', 'test']],
  ['Electron-rooktest', 'node', ['scripts/test-electron.mjs']],
];

for (const [name, command, args] of steps) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stdout.write(`\n${name}: mislukt.\n`);
    process.exit(result.status ?? 1);
  }
}
process.stdout.write('\nAlle tests geslaagd.\n');
