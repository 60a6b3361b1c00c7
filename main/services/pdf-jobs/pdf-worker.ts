import { parentPort, workerData } from 'node:worker_threads';
import { preloadPdfEngine } from '../pdf-engine-preload';
import { failureOf, type PdfJobRequest, type PdfJobResponse, type PdfJobStarted, type PdfWorkerData } from './pdf-job';
import { isPdfKind, pdfBuilders } from './pdf-kinds';

/**
 * The PDF worker thread (its own bundle, out/main/pdf-worker.cjs): makes the PDFs off the
 * main thread, so saves go on while a large export is built. Jobs run one after another, in
 * the order they arrive; every failure is answered, never thrown, so the worker lives on.
 */
const { resourcesDir } = workerData as PdfWorkerData;

async function run(request: PdfJobRequest): Promise<PdfJobResponse> {
  if (request.type === 'warm') {
    await preloadPdfEngine(resourcesDir);
    return { id: request.id, ok: true };
  }
  if (!isPdfKind(request.kind)) throw new Error(`Onbekende PDF-soort: ${request.kind}`);
  parentPort?.postMessage({ id: request.id, started: true } satisfies PdfJobStarted);
  const build = pdfBuilders[request.kind] as (data: unknown, options: object) => Promise<Buffer>;
  const bytes = await build(request.data, { ...(request.options as object), resourcesDir });
  return { id: request.id, ok: true, bytes };
}

let queue = Promise.resolve();
parentPort?.on('message', (request: PdfJobRequest) => {
  // One job at a time: a job builds synchronously anyway, and the order of answers stays the order of asking.
  queue = queue.then(async () => {
    let response: PdfJobResponse;
    try {
      response = await run(request);
    } catch (error) {
      response = { id: request.id, ok: false, error: failureOf(error) };
    }
    // A PDF's bytes move to main without a copy when this buffer holds nothing else.
    const bytes = response.ok ? response.bytes : undefined;
    const own = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    parentPort?.postMessage(response, own ? [bytes.buffer as ArrayBuffer] : []);
  });
});
