// Builds the app into out/: the renderer with Vite, main (Electron), preload and the
// browser host with esbuild. `--if-needed` skips the build when out/ is newer than every source.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { isEntryPoint } from './lib/entry-point.mjs';

const root = resolve(import.meta.dirname, '..');
const stamp = join(root, 'out', '.build-stamp');
const sources = ['main', 'preload', 'renderer', 'package.json', 'vite.config.ts', 'scripts/build.mjs', 'scripts/vite'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

export function isBuildCurrent() {
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return sources.every((source) => newestMtime(join(root, source)) < built);
}

export async function buildApp({ quiet = false } = {}) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const log = quiet ? () => {} : (message) => process.stderr.write(`${message}\n`);
  log('Renderer bouwen (Vite)…');
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: quiet ? 'silent' : 'warn' });

  const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: 'linked',
    logLevel: 'warning',
    define: { __APP_VERSION__: JSON.stringify(version) },
    // Native and data-file packages stay in node_modules (better-sqlite3's binary is unpacked from the asar);
    // pdfkit, docx, hyphen and snowball-stemmers are loaded on first use (export, an unknown search word), not at start-up.
    external: ['electron', 'better-sqlite3', 'pdfkit', 'docx', 'hyphen', 'snowball-stemmers'],
  };
  log('Main, preload en host bouwen (esbuild)…');
  await Promise.all([
    esbuild({ ...common, entryPoints: [join(root, 'main/app/main.ts')], outfile: join(root, 'out/main/electron.cjs') }),
    esbuild({
      ...common,
      entryPoints: [join(root, 'preload/index.ts')],
      outfile: join(root, 'out/preload/preload.cjs'),
      platform: 'browser',
      target: 'chrome130',
    }),
    esbuild({ ...common, entryPoints: [join(root, 'main/host/cli.ts')], outfile: join(root, 'out/host/cli.cjs') }),
  ]);
  writeFileSync(stamp, new Date().toISOString());
  log('Klaar: out/');
}

if (isEntryPoint(import.meta.url)) {
  const ifNeeded = process.argv.includes('--if-needed');
  if (ifNeeded && isBuildCurrent()) process.exit(0);
  await buildApp();
}
