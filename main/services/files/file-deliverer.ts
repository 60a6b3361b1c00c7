import type { FileDelivery } from '../../contract/file-channels';

/** A file produced in main for the user: a PDF advice note, a POP-OP, a workbook export, a Teamspiegel share file. */
export interface OutgoingFile {
  /** A sensible default name, e.g. "POP-OP 2027 - Anna de Vries.pdf". */
  suggestedName: string;
  bytes: Buffer;
  kind: 'pdf' | 'json' | 'teamspiegel' | 'docx';
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
  teamspiegel: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go
const unsafeFileNameCharacters = /[\u0000-\u001f<>:"/\\|?*\u007f]/g;
/** Bidirectional controls can make "fdp.exe" look like "exe.pdf"; they never belong in a name. */
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Device names Windows refuses as a file name, also with an extension ("CON.pdf", "com1.json"). */
const reservedWindowsName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const extensionPattern = /\.[a-z0-9]{1,12}$/i;
/** Long enough for any name the app suggests, short enough to leave room for the folder. */
export const maxFileNameLength = 150;
/** Windows' classic MAX_PATH less the terminating NUL: what Explorer and many tools still expect. */
export const maxWindowsPathLength = 259;

/**
 * A file name that Windows, macOS and Linux all accept: no forbidden or control characters
 * (they become a space), no bidi controls, no reserved device name, no trailing dot or space,
 * and at most `maxLength` characters with the extension kept.
 */
export function safeFileName(name: string, maxLength = maxFileNameLength): string {
  const cleaned = name
    .replace(bidiControls, '')
    .replace(unsafeFileNameCharacters, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  const extension = extensionPattern.exec(cleaned)?.[0] ?? '';
  const base = cleaned.slice(0, cleaned.length - extension.length);
  const shortened = Array.from(base)
    .slice(0, Math.max(1, maxLength - extension.length))
    .join('')
    .replace(/[. ]+$/, '');
  if (shortened === '') return extension ? `Werkboek${extension}` : 'Werkboek';
  const stem = shortened.split('.')[0]?.trim() ?? '';
  const unreserved = reservedWindowsName.test(stem) ? `${stem}_${shortened.slice(stem.length)}` : shortened;
  return `${unreserved}${extension}`;
}

/** A safe name that also keeps `folder\name` within Windows' path limit. */
export function safeFileNameIn(folder: string, name: string): string {
  const room = maxWindowsPathLength - folder.length - 1;
  return safeFileName(name, Math.max(16, Math.min(maxFileNameLength, room)));
}
