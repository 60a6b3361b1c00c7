import type { ImportSummary } from '../../contract/backup-channels';
import type { Handlers } from '../../contract/channels';
import { UserFacingError } from '../../contract/envelope';
import { once } from '../../contract/once';
import { type BackupFile, backupsDirFor, checkBackup, createBackup, listBackups } from '../../db/backups';
import { latestSchemaVersion, migrations } from '../../db/migrations/index';
import { newestGoodBackup } from '../../db/recover';
import { preparedCopy, replaceContents } from '../../db/replace-contents';
import { rowCounts } from '../../db/workbook-rows';
import type { WorkbookContext } from '../workbook-context';
import { backupOrRefuse } from './backup-failure';
import type { BackupSchedule } from './backup-schedule';
import type { RuleContext } from './rules/row-rules';
import { tableRules } from './rules/table-rules';
import { exportWorkbook } from './workbook-export';
import { buildDatabaseFromFile, parseWorkbookFile } from './workbook-import';

const toInfo = (backup: BackupFile) => ({
  fileName: backup.fileName,
  createdAt: backup.createdAt.toISOString(),
  size: backup.size,
  reason: backup.reason,
});

const backupDate = once(() => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' }));

/** A chosen backup failed its check: say so, and name the newest one that passes. */
function damagedBackupMessage(dataDir: string): string {
  const { backup } = newestGoodBackup(dataDir, latestSchemaVersion);
  const advice = backup
    ? `De nieuwste goede reservekopie is van ${backupDate().format(backup.createdAt)}; kies die.`
    : 'Er is geen andere goede reservekopie.';
  return `Deze reservekopie is beschadigd. ${advice} Er is niets veranderd.`;
}

/** The guide's statement ids, which imported answers and actions must refer to. */
function ruleContext(context: WorkbookContext): RuleContext {
  const ids = context
    .guide()
    .selfAnalyses.analyses.flatMap((analysis) => analysis.statements.map((statement) => statement.id));
  return { knownStatementIds: new Set(ids) };
}

/** What an import brought in, per part of the workbook that holds something. */
function countsAfterImport(context: WorkbookContext): ImportSummary['counts'] {
  return Object.entries(rowCounts(context.db))
    .filter(([, rows]) => rows > 0)
    .map(([table, rows]) => ({ label: tableRules[table]?.label ?? table, rows }));
}

/** Handlers for backups (list, make, restore) and for export and import of the whole workbook. */
export function createBackupHandlers(context: WorkbookContext, schedule: Pick<BackupSchedule, 'problem'>) {
  const dir = backupsDirFor(context.dataDir);
  return {
    'backup.list': () => ({ folder: dir, backups: listBackups(dir).map(toInfo), problem: schedule.problem() }),
    'backup.create': () => toInfo(backupOrRefuse(() => createBackup(context.db, dir, 'handmatig'), dir)),
    'backup.restore': ({ fileName }) => {
      const backup = listBackups(dir).find((candidate) => candidate.fileName === fileName);
      if (!backup) throw new UserFacingError('not-found', 'Deze reservekopie bestaat niet (meer).');
      if (!checkBackup(backup.path).good) throw new UserFacingError('data-file', damagedBackupMessage(context.dataDir));
      const prepared = preparedCopy(backup.path, migrations);
      try {
        // The current state is kept first, so a restore can itself be undone.
        const safetyCopy = backupOrRefuse(() => createBackup(context.db, dir, 'voor-terugzetten'), dir);
        replaceContents(context.db, prepared.file);
        return { restoredFrom: backup.fileName, safetyCopy: toInfo(safetyCopy) };
      } finally {
        prepared.cleanup();
      }
    },
    'workbook.export': async () => {
      const file = exportWorkbook(context.db, context.app.version, ruleContext(context));
      return context.files.deliver({
        suggestedName: `Werkboek Overheidsparticipatie ${file.exportedAt.slice(0, 10)}.json`,
        bytes: Buffer.from(file.text, 'utf8'),
        kind: 'json',
      });
    },
    'workbook.import': ({ text }) => {
      const file = parseWorkbookFile(text, latestSchemaVersion);
      const built = buildDatabaseFromFile(file, migrations, ruleContext(context));
      try {
        const safetyCopy = backupOrRefuse(() => createBackup(context.db, dir, 'voor-import'), dir);
        replaceContents(context.db, built.file);
        return {
          tables: built.tables,
          rows: built.rows,
          counts: countsAfterImport(context),
          exportedAt: file.exportedAt,
          appVersion: file.appVersion,
          safetyCopy: toInfo(safetyCopy),
        };
      } finally {
        built.cleanup();
      }
    },
  } satisfies Partial<Handlers>;
}
