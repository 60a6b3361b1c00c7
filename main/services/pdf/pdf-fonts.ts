import { join } from 'node:path';

/** The four IBM Plex Sans cuts the PDFs use (full character set, .woff: pdfkit cannot subset .woff2). */
export const pdfFontFiles = {
  regular: 'IBMPlexSans-Regular.woff',
  italic: 'IBMPlexSans-Italic.woff',
  semibold: 'IBMPlexSans-SemiBold.woff',
  bold: 'IBMPlexSans-Bold.woff',
} as const;
export type PdfFont = keyof typeof pdfFontFiles;

/** The PDF fonts sit in the app's `resources/fonts`, found like every other resource (WorkbookContext.resourcesDir). */
export function pdfFontsDir(resourcesDir: string): string {
  return join(resourcesDir, 'fonts');
}
