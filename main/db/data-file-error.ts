/** Why the workbook file could not be opened; each kind has its own Dutch explanation. */
export type DataFileProblem = 'not-sqlite' | 'corrupt' | 'newer-version' | 'cannot-open';

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

export function newerVersionMessage(file: string, fileVersion: number, codeVersion: number): string {
  return (
    `Het werkboekbestand ${file} is gemaakt met een nieuwere versie van het werkboek (schemaversie ${fileVersion}; ` +
    `deze versie kent tot en met ${codeVersion}). Installeer de nieuwste versie. Het bestand is niet gewijzigd.`
  );
}

export function cannotOpenMessage(file: string, detail: string): string {
  return `Het werkboekbestand ${file} kan niet worden geopend (${detail}). Controleer of je schrijfrechten hebt op deze map.`;
}
