// `npm test`: everything a newcomer needs, in order: typecheck, lint, unit tests, build,
// end-to-end tests in Chromium, and the Electron smoke suite where an Electron binary exists.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { toolEntry } from './lib/node-tool.mjs';

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
  ['Typecheck', 'scripts/typecheck.mjs', []],
  ['Lint', toolEntry('@biomejs/biome', 'biome'), ['check', '.']],
  ['Unit- en integratietests', toolEntry('vitest', 'vitest'), ['run']],
  ['Bouwen', 'scripts/build.mjs', []],
  ['End-to-end-tests (Chromium, browser-host)', toolEntry('@playwright/test', 'playwright'), ['test']],
  ['Electron-rooktest', 'scripts/test-electron.mjs', []],
];

// Every step is a JavaScript entry run with this Node (24 under npm): no `npm`/`npx` by name,
// which Windows only finds through a shell.
for (const [name, entry, args] of steps) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const result = spawnSync(process.execPath, [entry, ...args], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stdout.write(`\n${name}: mislukt.\n`);
    process.exit(result.status ?? 1);
  }
}
process.stdout.write('\nAlle tests geslaagd.\n');
