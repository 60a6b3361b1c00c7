// Whether a script was started directly (`node scripts/x.mjs`) rather than imported by another.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Compares file URLs, not strings glued from a path: on Windows argv[1] holds backslashes and a
 * drive letter, and a folder with a space or a non-ASCII letter is percent-encoded in the URL.
 * Node resolves symlinks for `import.meta.url`, so argv[1] is resolved too.
 */
export function isEntryPoint(importMetaUrl) {
  const started = process.argv[1];
  if (!started) return false;
  try {
    return pathToFileURL(realpathSync(started)).href === importMetaUrl;
  } catch {
    return false;
  }
}
