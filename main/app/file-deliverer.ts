import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, type BrowserWindow, dialog, shell } from 'electron';
import { UserFacingError } from '../contract/envelope';
import { type FileDeliverer, safeFileNameIn } from '../services/files/file-deliverer';
import { normaliseSavePath } from './policy/save-path';

const filters = {
  pdf: [{ name: 'PDF-document', extensions: ['pdf'] }],
  json: [{ name: 'Werkboekbestand', extensions: ['json'] }],
  teamspiegel: [{ name: 'Teamspiegelbestand', extensions: ['teamspiegel'] }],
  docx: [{ name: 'Word-document', extensions: ['docx'] }],
};

/** Electron: a save dialog (sensible default name in Documenten), then "Openen" and "Toon in map". */
export function createElectronFileDeliverer(getWindow: () => BrowserWindow | undefined): FileDeliverer {
  return {
    async deliver(file) {
      const options = {
        title: 'Opslaan als',
        defaultPath: join(app.getPath('documents'), safeFileNameIn(app.getPath('documents'), file.suggestedName)),
        filters: filters[file.kind],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as (
          | 'createDirectory'
          | 'showOverwriteConfirmation'
        )[],
      };
      const window = getWindow();
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled) return { kind: 'cancelled' };
      const path = normaliseSavePath(choice.filePath, file.kind);
      if (!path)
        throw new UserFacingError('invalid-input', 'Deze plek kan het werkboek niet gebruiken. Kies een andere map.');
      try {
        await writeFile(path, file.bytes);
      } catch {
        throw new UserFacingError(
          'data-file',
          `Het bestand kon niet worden opgeslagen in ${path}. Kies een map waarin je mag schrijven.`,
        );
      }
      return { kind: 'saved', path };
    },
    async open(path) {
      const problem = await shell.openPath(path);
      if (problem) throw new UserFacingError('not-found', `Het bestand kon niet worden geopend: ${problem}`);
    },
    async showInFolder(path) {
      shell.showItemInFolder(path);
    },
  };
}
