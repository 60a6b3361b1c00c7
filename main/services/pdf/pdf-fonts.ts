import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The four IBM Plex Sans cuts the PDFs use (full character set, .woff: pdfkit cannot subset .woff2). */
export const pdfFontFiles = {
  regular: 'IBMPlexSans-Regular.woff',
  italic: 'IBMPlexSans-Italic.woff',
  semibold: 'IBMPlexSans-SemiBold.woff',
  bold: 'IBMPlexSans-Bold.woff',
} as const;
export type PdfFont = keyof typeof pdfFontFiles;

/**
 * Finds `resources/fonts` by walking up from this module: it sits at a different depth in
 * the sources (tests), the host bundle and the Electron app (inside the asar).
 */
export function findFontsDir(start: string = __dirname): string {
  let dir = start;
  for (let depth = 0; depth < 6; depth += 1) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, pdfFontFiles.regular))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`resources/fonts not found above ${start}`);
}
