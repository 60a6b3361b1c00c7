import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDirectoryDeliverer } from '../main/services/files/directory-deliverer';
import { loadGuideContent } from '../main/services/guide/load-content';
import { guidePassages } from '../main/services/guide/search/guide-passages';
import { buildSearchIndex, searchGuide } from '../main/services/guide/search/search-index';
import { createPdf } from '../main/services/pdf/pdf-writer';
import { openWorkbook } from '../main/services/workbook';
import { baselineMs, medianMs, report } from './measure';

/**
 * `npm run bench`: the costs users notice (start-up, the guide, search, a PDF), each as a
 * ratio to a baseline measured in the same run. Not a test: it prints figures.
 */
const root = join(__dirname, '..');
const resourcesDir = join(root, 'resources');

async function main(): Promise<void> {
  const baseline = await baselineMs();
  console.log(`baseline (JSON round trip of 200 kB): ${baseline.toFixed(2)} ms\n`);

  const dirs: string[] = [];
  const open = () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkboek-bench-'));
    dirs.push(dir);
    return openWorkbook({
      dataDir: dir,
      dataDirSource: 'argument',
      resourcesDir,
      app: { name: 'bench', version: 'bench', shell: 'browser' },
      files: createDirectoryDeliverer(join(dir, 'exports')),
    });
  };
  report('open a new workbook (create, migrate, backup)', await medianMs(10, () => open().close()), baseline);

  const content = loadGuideContent(join(resourcesDir, 'content'));
  report(
    'load and validate the guide content',
    await medianMs(20, () => loadGuideContent(join(resourcesDir, 'content'))),
    baseline,
  );
  const passages = guidePassages(content);
  report(
    `build the search index (${passages.length} passages)`,
    await medianMs(20, () => buildSearchIndex(passages)),
    baseline,
  );
  const index = buildSearchIndex(passages);
  const queries = [
    'subsidie',
    'cooperatie',
    'gemeenteraad rollen',
    'crowdfunding',
    'burgerjury',
    'initiatieven',
    'geld',
    'vertrouwen',
  ];
  report(
    `one search (median of ${queries.length} queries)`,
    (await medianMs(50, () => queries.map((q) => searchGuide(index, q)))) / queries.length,
    baseline,
  );

  report(
    'load pdfkit and write a one-page PDF',
    await medianMs(5, () => createPdf({ title: 'bench', subject: 'bench' }, (pdf) => pdf.paragraph('Hallo'))),
    baseline,
  );

  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}

void main();
