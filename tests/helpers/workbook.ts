import { join } from 'node:path';
import { createDirectoryDeliverer } from '../../main/services/files/directory-deliverer';
import type { PdfRenderer } from '../../main/services/pdf-jobs/pdf-worker-pool';
import { openWorkbook } from '../../main/services/workbook';
import { testPdfRenderer } from './pdf-worker';

export const repoRoot = join(__dirname, '../..');

/**
 * A real workbook (real SQLite file, real guide content, the real PDF worker) in `dataDir`;
 * exports land in `dataDir/exports`. `pdf` replaces the shared worker pool (to watch it).
 */
export function openTestWorkbook(dataDir: string, pdf: PdfRenderer = testPdfRenderer()) {
  return openWorkbook({
    dataDir,
    dataDirSource: 'argument',
    resourcesDir: join(repoRoot, 'resources'),
    app: { name: 'Werkboek Overheidsparticipatie', version: 'test', shell: 'browser' },
    files: createDirectoryDeliverer(join(dataDir, 'exports')),
    pdf,
  });
}
