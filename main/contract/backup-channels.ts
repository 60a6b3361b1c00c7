import { fileDeliverySchema } from './file-channels';
import { z } from './zod';

/**
 * The largest workbook file (characters of JSON) an export writes and an import accepts. The
 * per-field limits cannot bound a whole workbook (200 plans of 100 actions of 20,000
 * characters would be gigabytes), so the file has its own limit; export refuses a workbook
 * above it, so every exported file can be imported again. The browser host's body limit is
 * derived from it (`main/host/request-limit.ts`).
 */
export const maxWorkbookFileCharacters = 16 * 1024 * 1024;
export const workbookTooLargeMessage = 'Dit bestand is te groot voor een werkboekbestand (meer dan 16 MB).';

export const backupReasons = ['dagelijks', 'voor-migratie', 'handmatig', 'voor-terugzetten', 'voor-import'] as const;
export const backupReasonSchema = z.enum(backupReasons);
export type BackupReason = z.infer<typeof backupReasonSchema>;

export const backupInfoSchema = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  size: z.number().int(),
  reason: z.string(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const backupFileNameSchema = z
  .string()
  .max(200)
  .regex(/^werkboek-[0-9a-z-]+\.sqlite$/, 'Onbekende reservekopie.');

/** What an import brought in, per part of the workbook, so the screen can say what changed. */
export const importSummarySchema = z.object({
  tables: z.number().int(),
  rows: z.number().int(),
  counts: z.array(z.object({ label: z.string(), rows: z.number().int() })),
  exportedAt: z.string(),
  appVersion: z.string(),
  safetyCopy: backupInfoSchema,
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** Why the workbook file could not be opened (see `main/db/data-file-error.ts`). */
export const dataFileProblems = [
  'not-sqlite',
  'corrupt',
  'empty',
  'not-a-file',
  'unreadable',
  'read-only',
  'locked',
  'newer-version',
  'folder',
  'cannot-open',
] as const;
export const dataFileProblemSchema = z.enum(dataFileProblems);

const recoveryBackupSchema = backupInfoSchema.extend({
  /** Passed `integrity_check`, not newer than this version and not empty. */
  usable: z.boolean(),
});
export type RecoveryBackup = z.infer<typeof recoveryBackupSchema>;

/** The state main started in: the workbook is open, or it could not be and a choice is needed. */
export const recoveryStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ok') }),
  z.object({
    state: z.literal('recovery'),
    problem: dataFileProblemSchema,
    /** Dutch: what happened and what to do. */
    message: z.string(),
    /** The workbook file (or data folder) it is about. */
    file: z.string(),
    /** The name the file gets when it is put aside (next to it, never deleted). */
    asideName: z.string(),
    /** Which choices make sense for this problem. */
    choices: z.object({ restore: z.boolean(), startEmpty: z.boolean(), retry: z.boolean() }),
    /** The newest backup that passed its checks, if any. */
    newestGood: recoveryBackupSchema.nullable(),
    /** Every backup, newest first, each with the result of its check. */
    backups: z.array(recoveryBackupSchema),
  }),
]);
export type RecoveryStatus = z.infer<typeof recoveryStatusSchema>;

export const recoveryResultSchema = z.object({
  /** Where the unusable file went; null when there was none to move. */
  keptAsideAs: z.string().nullable(),
  restoredFrom: backupInfoSchema.nullable(),
  /** Newer backups that were damaged and passed over. */
  skipped: z.array(backupInfoSchema),
  status: recoveryStatusSchema,
});
export type RecoveryResult = z.infer<typeof recoveryResultSchema>;

/** Channels for automatic backups and for moving the whole workbook in and out as one file. */
export const backupChannels = {
  'backup.list': {
    input: z.undefined(),
    output: z.object({
      folder: z.string(),
      backups: z.array(backupInfoSchema),
      /** Why the last automatic backup could not be made, when it could not. */
      problem: z.string().nullable(),
    }),
  },
  'backup.create': { input: z.undefined(), output: backupInfoSchema },
  'backup.restore': {
    input: z.strictObject({ fileName: backupFileNameSchema }),
    output: z.object({ restoredFrom: z.string(), safetyCopy: backupInfoSchema }),
  },
  'workbook.export': { input: z.undefined(), output: fileDeliverySchema },
  'workbook.import': {
    input: z.strictObject({ text: z.string().max(maxWorkbookFileCharacters, workbookTooLargeMessage) }),
    output: importSummarySchema,
  },
  /** Whether main started normally or needs the user's choice about an unusable workbook file. */
  'recovery.status': { input: z.undefined(), output: recoveryStatusSchema },
  /** Puts a backup in place of the unusable file (the newest good one when no name is given). */
  'recovery.restore': {
    input: z.strictObject({ fileName: backupFileNameSchema.optional() }),
    output: recoveryResultSchema,
  },
  'recovery.startEmpty': { input: z.undefined(), output: recoveryResultSchema },
  /** Tries to open the file again (after closing the other program that held it). */
  'recovery.retry': { input: z.undefined(), output: recoveryStatusSchema },
  'recovery.quit': { input: z.undefined(), output: z.null() },
} as const;
