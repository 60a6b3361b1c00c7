import { breakLines, type Line, type Measure, runWidth } from './line-breaker';
import type { PdfFont } from './pdf-fonts';
import type { TextStyle } from './pdf-style';
import { type GlyphCoverage, printableText } from './pdf-text';

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
interface ShapedRun {
  glyphs: Glyph[];
  positions: Position[];
  advanceWidth: number;
}

/** The parts of pdfkit's font object we use (pdfkit's type definitions do not describe it). */
interface PdfKitFont {
  widthOfString(text: string, size: number): number;
  lineHeight(size: number, includeGap?: boolean): number;
  /** fontkit's font. */
  font: GlyphCoverage & { glyphsForString(text: string): Glyph[] };
  /** pdfkit's per-document cache of shaped words, keyed by text. */
  layoutCache?: Record<string, ShapedRun>;
  scale: number;
}

/**
 * Word widths per font cut and size, kept for the whole session like the fonts themselves:
 * shaping a word costs about a millisecond in fontkit, and the same words come back in every export.
 */
const widthCaches = new Map<string, Map<string, number>>();

/**
 * Shaped words per font cut, shared by all documents of the session. pdfkit keeps them per
 * document, so every export shaped every word again in fontkit (most of a warm export's time).
 * A shaped run holds glyph ids, advances and code points of the same font file, so it is valid
 * in any document that embeds that file.
 */
const sessionLayouts = new Map<PdfFont, Record<string, ShapedRun>>();
const maxSessionLayouts = 50_000;

function sharedLayoutCache(name: PdfFont): Record<string, ShapedRun> {
  let cache = sessionLayouts.get(name);
  if (!cache || Object.keys(cache).length > maxSessionLayouts) {
    cache = Object.create(null) as Record<string, ShapedRun>;
    sessionLayouts.set(name, cache);
  }
  return cache;
}

/**
 * Puts an unshaped run (glyph advances only) in pdfkit's layout cache, so drawing a piece of a
 * 20 000-character word does not shape it (fontkit: ~25 µs a character); its width is then
 * exactly the sum of the characters' widths, as the line breaker measured it.
 */
function preloadUnshaped(font: PdfKitFont, text: string): void {
  if (!font.layoutCache || font.layoutCache[text]) return;
  const glyphs = font.font.glyphsForString(text);
  const positions = glyphs.map((glyph) => {
    const advance = glyph.advanceWidth * font.scale;
    return { xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance };
  });
  const advanceWidth = positions.reduce((sum, position) => sum + position.xAdvance, 0);
  font.layoutCache[text] = { glyphs, positions, advanceWidth };
}

/** A PDF text string: UTF-16BE with a byte order mark, written as hex. */
function pdfTextString(text: string): string {
  if (text === '') return '()';
  const bytes = Buffer.from(text, 'utf16le').swap16();
  return `<FEFF${bytes.toString('hex')}>`;
}

/**
 * Measures and draws text with exactly the same metrics: a line's height and each run's
 * width come from here both when a block is measured and when it is drawn.
 */
export class Typesetter {
  private readonly fonts = new Map<PdfFont, PdfKitFont>();
  private readonly measures = new Map<string, Measure>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  private fontObject(name: PdfFont): PdfKitFont {
    let font = this.fonts.get(name);
    if (!font) {
      this.doc.font(name);
      font = (this.doc as unknown as { _font: PdfKitFont })._font;
      if (font.layoutCache) font.layoutCache = sharedLayoutCache(name);
      this.fonts.set(name, font);
    }
    return font;
  }

  /** Text made safe for the style's font (see printableText). */
  clean(text: string, style: TextStyle): string {
    return printableText(text, this.fontObject(style.font).font);
  }

  /** String widths in this style, cached per string: every word and character is measured once. */
  measure(style: TextStyle): Measure {
    const key = `${style.font}/${style.size}`;
    let measure = this.measures.get(key);
    if (!measure) {
      const font = this.fontObject(style.font);
      let widths = widthCaches.get(key);
      if (!widths) {
        widths = new Map<string, number>();
        widthCaches.set(key, widths);
      }
      const cache = widths;
      const space = font.widthOfString(' ', style.size);
      measure = (text: string) => {
        let width = cache.get(text);
        if (width === undefined) {
          // A word is shaped as pdfkit draws it inside a line, with its space ("word "): one
          // shaping serves both the measuring and the drawing.
          const word = text !== '' && !text.includes(' ');
          width = word ? font.widthOfString(`${text} `, style.size) - space : font.widthOfString(text, style.size);
          if (cache.size > 100_000) cache.clear();
          cache.set(text, width);
        }
        return width;
      };
      this.measures.set(key, measure);
    }
    return measure;
  }

  lineHeight(style: TextStyle): number {
    return this.fontObject(style.font).lineHeight(style.size, true) + style.gap;
  }

  /** The text (already cleaned) broken into lines of at most `width` points. */
  lines(text: string, width: number, style: TextStyle, options: { hyphenate?: boolean } = {}): Line[] {
    return breakLines(text, width, this.measure(style), options.hyphenate ?? true);
  }

  use(style: TextStyle): void {
    this.doc.font(style.font).fontSize(style.size).fillColor(style.colour);
  }

  /** Draws one line with its top at `y`; `align: 'right'` ends it at x + width, `'center'` centres it there. */
  drawLine(
    line: Line,
    x: number,
    y: number,
    style: TextStyle,
    options: { width?: number; align?: 'right' | 'center' } = {},
  ): void {
    this.use(style);
    const measure = this.measure(style);
    let left = x;
    if (options.align !== undefined && options.width !== undefined) {
      const room = options.width - line.reduce((sum, run) => sum + runWidth(run, measure), 0);
      left = x + (options.align === 'right' ? room : room / 2);
    }
    for (const run of line) {
      if (run.unshaped) preloadUnshaped(this.fontObject(style.font), run.text);
      this.drawRun(run.text, left, y, run.actual);
      left += runWidth(run, measure);
    }
  }

  /**
   * One run of text. A piece of a broken word gets its ActualText inside the text object
   * (BT … ET), where pdfkit's graphics state is the one the glyphs use: poppler places the
   * replacement text wrongly when the span sits outside pdfkit's save/restore.
   */
  private drawRun(text: string, x: number, y: number, actual: string | undefined): void {
    if (text === '') return;
    if (actual === undefined) {
      this.doc.text(text, x, y, { lineBreak: false });
      return;
    }
    const doc = this.doc as PDFKit.PDFDocument & { addContent(data: string): PDFKit.PDFDocument };
    const addContent = doc.addContent;
    doc.addContent = function (this: PDFKit.PDFDocument, data: string) {
      if (data === 'ET') addContent.call(this, 'EMC');
      addContent.call(this, data);
      if (data === 'BT') addContent.call(this, `/Span << /ActualText ${pdfTextString(actual)} >> BDC`);
      return this;
    };
    try {
      this.doc.text(text, x, y, { lineBreak: false });
    } finally {
      doc.addContent = addContent;
    }
  }
}
