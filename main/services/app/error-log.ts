import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderError } from '../../contract/app-channels';

/** The error log lives in the data folder, so IT finds it next to the workbook. */
export const errorLogName = 'werkboek-fouten.log';
const maxLogBytes = 1024 * 1024;

/**
 * Appends one error as one JSON line (so a message cannot forge other lines). A log over
 * 1 MB is moved aside to `.1` first, so it never grows without end.
 */
export function logRenderError(dataDir: string, error: RenderError, now: Date = new Date()): string {
  const file = join(dataDir, errorLogName);
  mkdirSync(dataDir, { recursive: true });
  try {
    if (statSync(file).size > maxLogBytes) renameSync(file, `${file}.1`);
  } catch {
    // No log yet.
  }
  appendFileSync(file, `${JSON.stringify({ time: now.toISOString(), ...error })}\n`);
  return file;
}
