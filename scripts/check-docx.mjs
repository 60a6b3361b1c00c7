// `npm run check:docx`: writes sample Word exports of the POP-OP (a realistic plan and one with
// 44 actions) and a Gespreksvoorbereiding and, when LibreOffice is installed, converts them to PDF headless, so someone can
// look at the pages (`pdftoppm -png -r 60 FILE.pdf page`). Not part of `npm test`: LibreOffice
// is large, slow to start and not on every machine. Prints where the .docx and .pdf files are.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isEntryPoint } from './lib/entry-point.mjs';

const root = resolve(import.meta.dirname, '..');

/** soffice on the PATH, or where the Windows and macOS installers put it. */
export function findSoffice() {
  const candidates = [
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  ];
  for (const name of ['soffice', 'libreoffice']) {
    const probe = spawnSync(name, ['--version'], { encoding: 'utf8' });
    if (probe.status === 0) return name;
  }
  return candidates.find((path) => existsSync(path));
}

function writeSamples(folder) {
  const result = spawnSync(
    process.execPath,
    [join(root, 'scripts/run-ts.mjs'), join(root, 'scripts/write-docx-samples.ts'), folder],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (result.status !== 0) throw new Error('De voorbeeldbestanden konden niet worden gemaakt.');
  return result.stdout.split('\n').filter(Boolean);
}

/** Converts one .docx with its own LibreOffice profile, so a running LibreOffice does not get in the way. */
function convert(soffice, file, folder) {
  const profile = mkdtempSync(join(tmpdir(), 'werkboek-soffice-'));
  try {
    const result = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        folder,
        file,
      ],
      { encoding: 'utf8' },
    );
    const pdf = join(folder, basename(file).replace(/\.docx$/, '.pdf'));
    if (result.status !== 0 || !existsSync(pdf))
      throw new Error(`LibreOffice kon ${file} niet omzetten:\n${result.stderr}`);
    return pdf;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function pageCount(pdf) {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return info.status === 0 ? (/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? '?') : '?';
}

if (isEntryPoint(import.meta.url)) {
  const folder = resolve(process.argv[2] ?? join(root, 'out', 'docx-check'));
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const samples = writeSamples(folder);
  for (const file of samples) console.log(`Word-bestand: ${file}`);
  const soffice = findSoffice();
  if (!soffice) {
    console.log('LibreOffice (soffice) is niet gevonden: de bestanden zijn niet omgezet naar PDF.');
  } else {
    for (const file of samples) {
      const pdf = convert(soffice, file, folder);
      console.log(`PDF (LibreOffice, ${pageCount(pdf)} pagina's): ${pdf}`);
    }
    console.log(`Bekijk de pagina's met: pdftoppm -png -r 60 "<PDF>" pagina`);
  }
}
