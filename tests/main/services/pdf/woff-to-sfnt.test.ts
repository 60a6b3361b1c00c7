import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfFontFiles, pdfFontsDir } from '../../../../main/services/pdf/pdf-fonts';
import { woffToSfnt } from '../../../../main/services/pdf/woff-to-sfnt';

// fontkit (pdfkit's font reader) has no type definitions: only what this test reads.
interface FontkitFont {
  numGlyphs: number;
  familyName: string;
  glyphsForString(text: string): { id: number }[];
}
const fontkit = createRequire(import.meta.url)('fontkit') as { create(data: Buffer): FontkitFont };

/** The OpenType table checksum: the sum of its big-endian 32-bit words, zero-padded. */
function checksum(data: Buffer): number {
  const padded = Buffer.alloc((data.length + 3) & ~3);
  data.copy(padded);
  let sum = 0;
  for (let offset = 0; offset < padded.length; offset += 4) sum = (sum + padded.readUInt32BE(offset)) >>> 0;
  return sum;
}

describe('woffToSfnt', () => {
  const fontsDir = pdfFontsDir(join(__dirname, '../../../../resources'));

  it.each(Object.values(pdfFontFiles))('unpacks %s into the same font fontkit reads from the .woff', (file) => {
    const woff = readFileSync(join(fontsDir, file));
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    const fromWoff = fontkit.create(woff);
    const fromSfnt = fontkit.create(sfnt);
    expect(fromSfnt.numGlyphs).toBe(fromWoff.numGlyphs);
    expect(fromSfnt.familyName).toBe(fromWoff.familyName);
    const text = 'Coöperatie Ayşe Kovačević €';
    expect(fromSfnt.glyphsForString(text).map((g) => g.id)).toEqual(fromWoff.glyphsForString(text).map((g) => g.id));
  });

  it('writes every table 4-byte aligned with the checksum it had before compression', () => {
    const sfnt = woffToSfnt(readFileSync(join(fontsDir, pdfFontFiles.regular)));
    const numTables = sfnt.readUInt16BE(4);
    for (let index = 0; index < numTables; index += 1) {
      const entry = 12 + index * 16;
      const tag = sfnt.subarray(entry, entry + 4).toString('latin1');
      const offset = sfnt.readUInt32BE(entry + 8);
      const length = sfnt.readUInt32BE(entry + 12);
      expect(offset % 4, tag).toBe(0);
      // 'head' holds the whole font's checksum adjustment, so its own checksum cannot be recomputed this way.
      if (tag !== 'head')
        expect(checksum(sfnt.subarray(offset, offset + length)), tag).toBe(sfnt.readUInt32BE(entry + 4));
    }
  });

  it('refuses bytes that are not WOFF', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, not a font at all, not a font'))).toThrow(/WOFF/);
  });
});
