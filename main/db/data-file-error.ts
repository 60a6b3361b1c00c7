import type { z } from 'zod';
import type { dataFileProblemSchema } from '../contract/backup-channels';

/**
 * Why the workbook file could not be opened; each kind has its own Dutch explanation and
 * the recovery screen its own advice.
 */
export type DataFileProblem = z.infer<typeof dataFileProblemSchema>;

/** The workbook file cannot be used as it is. The file has not been written. */
export class DataFileError extends Error {
  constructor(
    readonly problem: DataFileProblem,
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'DataFileError';
  }
}

export function notSqliteMessage(file: string): string {
  return `Het bestand ${file} is geen werkboekbestand (het is geen SQLite-database). Het werkboek heeft het niet aangeraakt.`;
}

export function corruptMessage(file: string, detail: string): string {
  return `Het werkboekbestand ${file} is beschadigd (${detail}). Het werkboek heeft het niet aangeraakt. Zet een reservekopie terug of neem contact op met je IT-afdeling.`;
}

export function emptyFileMessage(file: string): string {
  return `Het werkboekbestand ${file} is leeg (0 bytes), bijvoorbeeld na een crash of een volle schijf. Er staat niets meer in.`;
}

export function notAFileMessage(file: string): string {
  return `Op de plek van het werkboekbestand ${file} staat een map in plaats van een bestand.`;
}

export function unreadableMessage(file: string): string {
  return `Het werkboek mag het bestand ${file} niet lezen. Vraag je IT-afdeling om je leesrechten op dit bestand te geven.`;
}

export function readOnlyMessage(file: string): string {
  return `Het werkboekbestand ${file} is alleen-lezen. Het werkboek kan er niets in bewaren. Vraag je IT-afdeling om je schrijfrechten te geven, of zet een reservekopie terug.`;
}

export function lockedMessage(file: string): string {
  return `Het werkboekbestand ${file} is in gebruik door een ander programma (of een ander venster van het werkboek). Sluit dat eerst en probeer het dan opnieuw.`;
}

export function folderMessage(dir: string, detail: string): string {
  return `De gegevensmap ${dir} kan niet worden gebruikt (${detail}). Kies een andere map met --data-dir of vraag je IT-afdeling om hulp.`;
}

export function newerVersionMessage(file: string, fileVersion: number, codeVersion: number): string {
  return (
    `Het werkboekbestand ${file} is gemaakt met een nieuwere versie van het werkboek (schemaversie ${fileVersion}; ` +
    `deze versie kent tot en met ${codeVersion}). Installeer de nieuwste versie. Het bestand is niet gewijzigd.`
  );
}

export function cannotOpenMessage(file: string, detail: string): string {
  return `Het werkboekbestand ${file} kan niet worden geopend (${detail}). Controleer of je schrijfrechten hebt op deze map.`;
}

/** A Node or SQLite error code ('EACCES', 'SQLITE_BUSY'), or '' when there is none. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}
