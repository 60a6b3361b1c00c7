import { z } from 'zod';

/** Marks a file as a whole-workbook export, so any other JSON is recognised at once. */
export const workbookFileFormat = 'werkboek-overheidsparticipatie';
/** Version of the file layout (not of the database schema, which travels as schemaVersion). */
export const workbookFileVersion = 1;
/** Longest text a single field may hold in an imported file. */
export const maxImportedText = 100_000;

const cell = z.union([z.string().max(maxImportedText), z.number(), z.null()]);

/** The outer shape of an export file; rows are checked against the real tables on import. */
export const workbookFileSchema = z.strictObject({
  format: z.literal(workbookFileFormat),
  formatVersion: z.number().int(),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string(),
  appVersion: z.string(),
  tables: z.record(z.string().regex(/^[a-z_]+$/), z.array(z.record(z.string().regex(/^[a-z_]+$/), cell))),
});
export type WorkbookFile = z.infer<typeof workbookFileSchema>;
