import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { errorOf, type PdfJobRequest, type PdfJobResponse, type PdfJobStarted, type PdfWorkerData } from './pdf-job';
import type { PdfData, PdfJobOptions, PdfKind } from './pdf-kinds';

/** How the handlers get a PDF made: `render(kind, data)` gives the bytes; `warm()` readies the engine. */
export interface PdfRenderer {
  render<K extends PdfKind>(kind: K, data: PdfData<K>, options?: PdfJobOptions): Promise<Buffer>;
  /** Starts the worker and loads pdfkit and the fonts there, so the first export is quick. Never fails. */
  warm(): Promise<void>;
  /** Stops the worker; a later call starts a new one. */
  close(): Promise<void>;
}

export interface PdfWorkerPoolOptions {
  /**
   * The worker's bundle (out/main/pdf-worker.cjs), or a function that gives it: asked each
   * time a worker starts (tests bundle it on first use).
   */
  workerFile: string | (() => string | Promise<string>);
  resourcesDir: string;
  /** Told when the worker starts building a PDF and when its bytes are back in this thread (for tests and the bench). */
  onJob?: (event: PdfJobEvent) => void;
}

export interface PdfJobEvent {
  kind: PdfKind;
  phase: 'started' | 'finished';
}

/** Where the build puts the worker's bundle (scripts/build.mjs), for both shells. */
export function pdfWorkerFile(appRoot: string): string {
  return join(appRoot, 'out', 'main', 'pdf-worker.cjs');
}

interface Pending {
  resolve(response: PdfJobResponse): void;
  reject(error: Error): void;
  started?(): void;
}

/**
 * One long-lived PDF worker thread, started on first need and started again when it dies:
 * the jobs it held fail (the handler's caller sees "Er ging iets mis…"), the next job gets a
 * fresh worker. While a job runs the worker keeps the process alive; idle, it does not.
 */
export function createPdfWorkerPool(options: PdfWorkerPoolOptions): PdfRenderer {
  let current: Promise<RunningWorker> | undefined;
  let nextId = 1;

  const running = (): Promise<RunningWorker> => {
    if (!current) {
      const starting = startWorker(options, () => {
        if (current === starting) current = undefined;
      });
      current = starting;
      starting.catch(() => {
        if (current === starting) current = undefined;
      });
    }
    return current;
  };

  return {
    async render(kind, data, jobOptions = {}) {
      const worker = await running();
      const started = () => options.onJob?.({ kind, phase: 'started' });
      const response = await worker.ask({ id: nextId++, type: 'render', kind, data, options: jobOptions }, started);
      options.onJob?.({ kind, phase: 'finished' });
      if (!response.ok) throw errorOf(response.error);
      const bytes = response.bytes ?? new Uint8Array();
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    async warm() {
      try {
        await (await running()).ask({ id: nextId++, type: 'warm' });
      } catch {
        // Deliberately quiet: the first export starts a worker again and reports its own error.
      }
    },
    async close() {
      const stopping = current;
      current = undefined;
      await (await stopping?.catch(() => undefined))?.stop();
    },
  };
}

interface RunningWorker {
  ask(request: PdfJobRequest, started?: () => void): Promise<PdfJobResponse>;
  stop(): Promise<void>;
}

/** One worker thread and the jobs it holds; when it dies those jobs fail and `onStopped` lets the pool forget it. */
async function startWorker(options: PdfWorkerPoolOptions, onStopped: () => void): Promise<RunningWorker> {
  const file = typeof options.workerFile === 'string' ? options.workerFile : await options.workerFile();
  const workerData: PdfWorkerData = { resourcesDir: options.resourcesDir };
  const worker = new Worker(file, { workerData, name: 'werkboek-pdf' });
  // Idle, the worker does not keep the process alive; a job in progress does.
  worker.unref();
  const pending = new Map<number, Pending>();
  let dead: Error | undefined;
  const stopped = (error: Error) => {
    dead ??= error;
    onStopped();
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  worker.on('message', (response: PdfJobResponse | PdfJobStarted) => {
    if ('started' in response) return pending.get(response.id)?.started?.();
    const job = pending.get(response.id);
    pending.delete(response.id);
    if (pending.size === 0) worker.unref();
    job?.resolve(response);
  });
  worker.on('error', stopped);
  worker.on('exit', (code) => stopped(new Error(`De PDF-worker stopte onverwacht (code ${code}).`)));
  return {
    ask: (request, started) =>
      new Promise((resolve, reject) => {
        if (dead) return reject(dead);
        pending.set(request.id, { resolve, reject, started });
        worker.ref();
        worker.postMessage(request);
      }),
    async stop() {
      await worker.terminate();
    },
  };
}
