import type { FileDelivery } from '../../contract/file-channels';

/** A file produced in main for the user: a PDF advice note, a POP-OP, a workbook export. */
export interface OutgoingFile {
  /** A sensible default name, e.g. "POP-OP 2027 - Anna de Vries.pdf". */
  suggestedName: string;
  bytes: Buffer;
  kind: 'pdf' | 'json';
}

/**
 * The shell-specific way a file reaches the user (Electron: save dialog; browser host:
 * download). Chosen once, where the shell starts the workbook.
 */
export interface FileDeliverer {
  deliver(file: OutgoingFile): Promise<FileDelivery>;
  open(path: string): Promise<void>;
  showInFolder(path: string): Promise<void>;
}

export const mimeTypes: Record<OutgoingFile['kind'], string> = {
  pdf: 'application/pdf',
  json: 'application/json',
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go
const unsafeFileNameCharacters = /[\u0000-\u001f<>:"/\\|?*\u007f]/g;

/**
 * Bidirectional controls (LRM, RLM, ALM, embeddings, overrides, isolates): a title holding a
 * right-to-left override would show "Plan‮fdp.exe" as "Planexe.pdf" in a save dialog.
 */
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Characters Windows, macOS and Linux all accept in a file name; bidi controls go, anything else unsafe becomes a space. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(bidiControls, '')
    .replace(unsafeFileNameCharacters, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return cleaned.slice(0, 150) || 'Werkboek';
}
