import { type ErrorCode, UserFacingError } from '../../contract/envelope';

/** What the PDF worker gets when it starts. */
export interface PdfWorkerData {
  /** The app's `resources/` folder: fonts (and anything else a builder reads). */
  resourcesDir: string;
}

/** Main → worker: make one PDF, or (`warm`) load pdfkit and the fonts so the first export is quick. */
export type PdfJobRequest =
  | { id: number; type: 'render'; kind: string; data: unknown; options: unknown }
  | { id: number; type: 'warm' };

/** A failure as it crosses the thread boundary: a UserFacingError keeps its code and Dutch message. */
export type PdfJobFailure =
  | { userFacing: true; code: ErrorCode; message: string }
  | { userFacing: false; name: string; message: string; stack?: string };

/** Worker → main: the PDF's bytes (or nothing for `warm`), or why it failed. */
export type PdfJobResponse =
  | { id: number; ok: true; bytes?: Uint8Array }
  | { id: number; ok: false; error: PdfJobFailure };

/** Worker → main: the worker begins building job `id` (sent before its answer). */
export interface PdfJobStarted {
  id: number;
  started: true;
}

export function failureOf(error: unknown): PdfJobFailure {
  if (error instanceof UserFacingError) return { userFacing: true, code: error.code, message: error.message };
  if (error instanceof Error)
    return { userFacing: false, name: error.name, message: error.message, stack: error.stack };
  return { userFacing: false, name: 'Error', message: String(error) };
}

/**
 * The error the handler throws in main: the same UserFacingError (so dispatch answers with the
 * same Dutch message as when PDFs were made on the main thread), or an Error carrying the
 * worker's message and stack (dispatch logs it and answers "Er ging iets mis…").
 */
export function errorOf(failure: PdfJobFailure): Error {
  if (failure.userFacing) return new UserFacingError(failure.code, failure.message);
  const error = new Error(`PDF-worker: ${failure.message}`);
  error.name = failure.name;
  const frames = failure.stack?.split('\n').filter((line) => /^\s+at /.test(line)) ?? [];
  error.stack = [`${error.name}: ${error.message}`, ...frames].join('\n');
  return error;
}
