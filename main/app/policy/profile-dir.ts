import { join } from 'node:path';

/**
 * Electron's profile folder ('userData') for a data folder. Chromium's single-instance lock
 * lives in the profile folder, so giving each data folder its own profile keys that lock to the
 * data folder: a second start on the same folder brings the open window forward, a start on
 * another folder (--data-dir) is a werkboek of its own. It also keeps Chromium's files out of
 * the roaming profile on Windows.
 */
export function profileDirFor(dataDir: string): string {
  return join(dataDir, 'electron-profiel');
}
