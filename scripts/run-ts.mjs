// Runs one TypeScript tool file on this Node (24 under npm): bundled with esbuild, so the
// sources' own imports resolve as in the app. `node scripts/run-ts.mjs FILE.ts [args…]`
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('Gebruik: node scripts/run-ts.mjs BESTAND.ts');
  process.exit(2);
}
const source = resolve(entry);
const outfile = join(mkdtempSync(join(tmpdir(), 'werkboek-run-')), 'tool.cjs');
await build({
  entryPoints: [source],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  external: ['better-sqlite3', 'pdfkit'],
  // __dirname inside the bundle must still point at the entry's folder, not the temp folder.
  define: { __dirname: JSON.stringify(dirname(source)) },
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile, ...args], {
  stdio: 'inherit',
  env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
});
process.exit(result.status ?? 1);
