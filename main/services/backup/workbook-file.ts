import { createHash } from 'node:crypto';
import { z } from '../../contract/zod';

/** Marks a file as a whole-workbook export, so any other JSON is recognised at once. */
export const workbookFileFormat = 'werkboek-overheidsparticipatie';
/**
 * Version of the file layout (not of the database schema, which travels as schemaVersion).
 * 2 added the SHA-256 checksum; files of version 1 carry none and are still accepted.
 */
export const workbookFileVersion = 2;
export const legacyWorkbookFileVersion = 1;

const cell = z.union([z.string(), z.number(), z.null()]);

/** The outer shape of an export file; rows are checked against the real tables and the app's rules on import. */
export const workbookFileSchema = z.strictObject({
  format: z.literal(workbookFileFormat),
  formatVersion: z.number().int(),
  appVersion: z.string().max(100),
  exportedAt: z.string().max(100),
  schemaVersion: z.number().int().min(1),
  tables: z.record(z.string().regex(/^[a-z_]+$/), z.array(z.record(z.string().regex(/^[a-z_]+$/), cell))),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type WorkbookFile = z.infer<typeof workbookFileSchema>;

/**
 * The checksum of everything in the file but the checksum itself: SHA-256 of the JSON text
 * of those fields in the order the file holds them. Export writes that text itself, so
 * reading the file back and writing the same fields again gives the very same text; one
 * changed letter anywhere in the data changes the checksum.
 */
export function checksumOf(fields: Readonly<Record<string, unknown>>): string {
  return createHash('sha256').update(JSON.stringify(fields), 'utf8').digest('hex');
}

/** The file's text: all fields, then the checksum over them. */
export function workbookFileText(fields: Omit<WorkbookFile, 'sha256'>): string {
  return JSON.stringify({ ...fields, sha256: checksumOf(fields) });
}
