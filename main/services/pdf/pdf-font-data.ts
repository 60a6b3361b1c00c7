import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PdfFont, pdfFontFiles } from './pdf-fonts';
import { woffToSfnt } from './woff-to-sfnt';

const cache = new Map<string, Record<PdfFont, Buffer>>();

/**
 * The PDF fonts as SFNT bytes, read and unpacked on the first export and kept for the rest
 * of the session: later exports skip both the disk and the WOFF decompression.
 */
export function pdfFontData(fontsDir: string): Record<PdfFont, Buffer> {
  let fonts = cache.get(fontsDir);
  if (!fonts) {
    const entries = Object.entries(pdfFontFiles).map(([name, file]) => [
      name,
      woffToSfnt(readFileSync(join(fontsDir, file))),
    ]);
    fonts = Object.fromEntries(entries) as Record<PdfFont, Buffer>;
    cache.set(fontsDir, fonts);
  }
  return fonts;
}
