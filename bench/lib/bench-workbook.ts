import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { dispatch } from '../../main/services/dispatch';
import { createDirectoryDeliverer } from '../../main/services/files/directory-deliverer';
import { createPdfWorkerPool, type PdfRenderer } from '../../main/services/pdf-jobs/pdf-worker-pool';
import { openWorkbook, type Workbook } from '../../main/services/workbook';

/** The repository root: the bench runs from a bundle in out/bench/node, so walk up to package.json. */
export function repoRoot(start: string = __dirname): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'resources'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no repository root above ${start}`);
    dir = parent;
  }
  return dir;
}

const made: string[] = [];

/** A fresh temp folder, removed by `removeTempDirs()` at the end of the run. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'werkboek-bench-'));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

let pdf: PdfRenderer | undefined;

/** The app's PDF worker, bundled beside the bench (out/bench/node/pdf-worker.cjs), one per process as in the shells. */
export function benchPdfRenderer(): PdfRenderer {
  pdf ??= createPdfWorkerPool({
    workerFile: join(__dirname, 'pdf-worker.cjs'),
    resourcesDir: join(repoRoot(), 'resources'),
  });
  return pdf;
}

/** The real workbook on a data folder, as the browser host opens it; exports land in `dir/exports`. */
export function openBenchWorkbook(dataDir: string): Workbook {
  return openWorkbook({
    dataDir,
    dataDirSource: 'argument',
    resourcesDir: join(repoRoot(), 'resources'),
    app: { name: 'Werkboek Overheidsparticipatie', version: 'bench', shell: 'browser' },
    files: createDirectoryDeliverer(join(dataDir, 'exports')),
    pdf: benchPdfRenderer(),
  });
}

/** One call through the contract (input parsed, handler, envelope), as the shells make it. */
export async function call<T>(workbook: Workbook, channel: string, input?: unknown): Promise<T> {
  const result = await dispatch(workbook.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}
