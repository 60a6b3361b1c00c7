import { join } from 'node:path';
import { createDirectoryDeliverer } from '../../main/services/files/directory-deliverer';
import { openWorkbook } from '../../main/services/workbook';
import { testPdfRenderer } from './pdf-worker';

export const repoRoot = join(__dirname, '../..');

/** A real workbook (real SQLite file, real guide content) in `dataDir`; exports land in `dataDir/exports`. */
export function openTestWorkbook(dataDir: string) {
  return openWorkbook({
    dataDir,
    dataDirSource: 'argument',
    resourcesDir: join(repoRoot, 'resources'),
    app: { name: 'Werkboek Overheidsparticipatie', version: 'test', shell: 'browser' },
    files: createDirectoryDeliverer(join(dataDir, 'exports')),
    pdf: testPdfRenderer(),
  });
}
