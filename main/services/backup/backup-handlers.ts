import type { Handlers } from '../../contract/channels';
import { UserFacingError } from '../../contract/envelope';
import { type BackupFile, backupsDirFor, createBackup, listBackups } from '../../db/backups';
import { latestSchemaVersion, migrations } from '../../db/migrations/index';
import { preparedCopy, replaceContents } from '../../db/replace-contents';
import type { WorkbookContext } from '../workbook-context';
import { exportWorkbook } from './workbook-export';
import { buildDatabaseFromFile, parseWorkbookFile } from './workbook-import';

const toInfo = (backup: BackupFile) => ({
  fileName: backup.fileName,
  createdAt: backup.createdAt.toISOString(),
  size: backup.size,
  reason: backup.reason,
});

/** Handlers for backups (list, make, restore) and for export and import of the whole workbook. */
export function createBackupHandlers(context: WorkbookContext) {
  const dir = backupsDirFor(context.dataDir);
  return {
    'backup.list': () => ({ folder: dir, backups: listBackups(dir).map(toInfo) }),
    'backup.create': () => toInfo(createBackup(context.db, dir, 'handmatig')),
    'backup.restore': ({ fileName }) => {
      const backup = listBackups(dir).find((candidate) => candidate.fileName === fileName);
      if (!backup) throw new UserFacingError('not-found', 'Deze reservekopie bestaat niet (meer).');
      const prepared = preparedCopy(backup.path, migrations);
      try {
        // The current state is kept first, so a restore can itself be undone.
        const safetyCopy = createBackup(context.db, dir, 'voor-terugzetten');
        replaceContents(context.db, prepared.file);
        return { restoredFrom: backup.fileName, safetyCopy: toInfo(safetyCopy) };
      } finally {
        prepared.cleanup();
      }
    },
    'workbook.export': async () => {
      const file = exportWorkbook(context.db, context.app.version);
      const date = file.exportedAt.slice(0, 10);
      return context.files.deliver({
        suggestedName: `Werkboek Overheidsparticipatie ${date}.json`,
        bytes: Buffer.from(JSON.stringify(file, null, 1), 'utf8'),
        kind: 'json',
      });
    },
    'workbook.import': ({ text }) => {
      const file = parseWorkbookFile(text, latestSchemaVersion);
      const built = buildDatabaseFromFile(file, migrations);
      try {
        const safetyCopy = createBackup(context.db, dir, 'voor-import');
        replaceContents(context.db, built.file);
        return { tables: built.tables, rows: built.rows, safetyCopy: toInfo(safetyCopy) };
      } finally {
        built.cleanup();
      }
    },
  } satisfies Partial<Handlers>;
}
