import { randomBytes } from 'node:crypto';
import { UserFacingError } from '../contract/envelope';
import { type FileDeliverer, mimeTypes, type OutgoingFile, safeFileName } from '../services/files/file-deliverer';

/** How many prepared downloads the host keeps; older ones are dropped first. */
const maxEntries = 20;

interface PreparedDownload {
  fileName: string;
  mime: string;
  bytes: Buffer;
}

/**
 * The browser host's way to hand a file to the user: main prepares it under a random id and
 * the page downloads it from `./download/<id>` (behind the same per-run token as the rest).
 */
export function createDownloadStore() {
  const entries = new Map<string, PreparedDownload>();
  const deliverer: FileDeliverer = {
    async deliver(file: OutgoingFile) {
      const id = randomBytes(12).toString('base64url');
      const fileName = safeFileName(file.suggestedName);
      entries.set(id, { fileName, mime: mimeTypes[file.kind], bytes: file.bytes });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return { kind: 'download', url: `./download/${id}`, fileName };
    },
    async open() {
      throw new UserFacingError('not-found', 'In de browser staat het bestand in je map Downloads. Open het daar.');
    },
    async showInFolder() {
      throw new UserFacingError('not-found', 'In de browser staat het bestand in je map Downloads.');
    },
  };
  return {
    deliverer,
    take(id: string): PreparedDownload | undefined {
      return entries.get(id);
    },
  };
}
export type DownloadStore = ReturnType<typeof createDownloadStore>;
