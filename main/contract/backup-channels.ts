import * as z from 'zod';
import { fileDeliverySchema } from './file-channels';

/** The largest workbook file an import accepts (characters of JSON). */
export const maxImportCharacters = 20_000_000;

export const backupInfoSchema = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  size: z.number().int(),
  reason: z.string(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** Channels for automatic backups and for moving the whole workbook in and out as one file. */
export const backupChannels = {
  'backup.list': { input: z.undefined(), output: z.object({ folder: z.string(), backups: z.array(backupInfoSchema) }) },
  'backup.create': { input: z.undefined(), output: backupInfoSchema },
  'backup.restore': {
    input: z.strictObject({ fileName: z.string().regex(/^werkboek-[0-9a-z-]+\.sqlite$/, 'Onbekende reservekopie.') }),
    output: z.object({ restoredFrom: z.string(), safetyCopy: backupInfoSchema }),
  },
  'workbook.export': { input: z.undefined(), output: fileDeliverySchema },
  'workbook.import': {
    input: z.strictObject({
      text: z.string().max(maxImportCharacters, 'Dit bestand is te groot voor een werkboekbestand (meer dan 20 MB).'),
    }),
    output: z.object({ tables: z.number().int(), rows: z.number().int(), safetyCopy: backupInfoSchema }),
  },
} as const;
