import { extname, isAbsolute } from 'node:path';

/**
 * The path a save dialog returned, made safe to write: absolute, and ending in the file
 * kind's extension (appended when the user typed a name without it). Undefined when unusable.
 */
export function normaliseSavePath(
  path: unknown,
  extension: 'pdf' | 'json' | 'teamspiegel' | 'docx',
): string | undefined {
  if (typeof path !== 'string' || path.trim() === '' || path.includes('\0') || !isAbsolute(path)) return undefined;
  return extname(path).toLowerCase() === `.${extension}` ? path : `${path}.${extension}`;
}
