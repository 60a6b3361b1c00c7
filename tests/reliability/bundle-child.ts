import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a child-process script (`tests/reliability/<name>.ts`) so it runs on plain Node
 * like the real app's services. The bundle lives in a temp folder; the test helpers find the
 * guide content from their own folder, so `__dirname` points there.
 */
export async function bundleTestChild(entry: string): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'werkboek-child-')), `${basename(entry, '.ts')}.cjs`);
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'silent',
    define: { __dirname: JSON.stringify(join(__dirname, '../helpers')) },
    nodePaths: [join(__dirname, '../../node_modules')],
  });
  return out;
}
