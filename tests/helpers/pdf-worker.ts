import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createPdfWorkerPool, type PdfRenderer } from '../../main/services/pdf-jobs/pdf-worker-pool';

const root = join(__dirname, '../..');
let bundled: Promise<string> | undefined;

/**
 * The real PDF worker for tests: main/services/pdf-jobs/pdf-worker.ts bundled as the build
 * does it, once per test process, on the first PDF. The bundle lies under out/test (named by
 * its content, so parallel test processes share one file) so that its `import('pdfkit')`
 * finds node_modules by walking up, as out/main/pdf-worker.cjs does.
 */
export function testPdfWorkerFile(): Promise<string> {
  bundled ??= (async () => {
    const result = await build({
      entryPoints: [join(root, 'main/services/pdf-jobs/pdf-worker.ts')],
      write: false,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['pdfkit', 'hyphen'],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const dir = join(root, 'out', 'test');
    const file = join(dir, `pdf-worker-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.cjs`);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, code);
      renameSync(partial, file);
    }
    return file;
  })();
  return bundled;
}

let shared: PdfRenderer | undefined;

/** One PDF worker pool per test process, shared by every test workbook (its idle worker keeps nothing alive). */
export function testPdfRenderer(): PdfRenderer {
  shared ??= createPdfWorkerPool({ workerFile: testPdfWorkerFile, resourcesDir: join(root, 'resources') });
  return shared;
}
