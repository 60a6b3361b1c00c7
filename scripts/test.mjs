// `npm test`: everything a newcomer needs, in order: typecheck, lint, unit tests, build,
// end-to-end tests in Chromium, and the Electron smoke suite where an Electron binary exists.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The tests read PDFs back with poppler and drive Debian's Chromium; say so up front in Dutch
// rather than letting forty tests fail with "spawnSync pdfinfo ENOENT".
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = [
  ...['pdfinfo', 'pdftotext', 'pdftoppm']
    .filter((tool) => spawnSync(tool, ['-v']).error !== undefined)
    .map((tool) => `${tool} (apt-get install poppler-utils)`),
  ...(existsSync(chromium) ? [] : [`Chromium op ${chromium} (apt-get install chromium, of zet CHROMIUM_PATH)`]),
];
if (missing.length > 0) {
  process.stdout.write(`De tests hebben nog nodig:\n${missing.map((item) => `- ${item}`).join('\n')}\n`);
  process.exit(1);
}

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
