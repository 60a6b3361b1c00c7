import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserFacingError } from '../../contract/envelope';
import { type FileDeliverer, safeFileNameIn } from './file-deliverer';

/**
 * Saves every file into one folder without asking: for scripts and tests that read the
 * exported file back. Opening is not possible without a desktop.
 */
export function createDirectoryDeliverer(dir: string): FileDeliverer {
  return {
    async deliver(file) {
      await mkdir(dir, { recursive: true });
      const path = join(dir, safeFileNameIn(dir, file.suggestedName));
      await writeFile(path, file.bytes);
      return { kind: 'saved', path };
    },
    async open() {
      throw new UserFacingError('not-found', 'Openen kan hier niet: er is geen bureaublad.');
    },
    async showInFolder() {
      throw new UserFacingError('not-found', 'Tonen in map kan hier niet: er is geen bureaublad.');
    },
  };
}
