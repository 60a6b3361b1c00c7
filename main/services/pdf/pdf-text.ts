/** What a font can draw: fontkit's answer per code point. */
export interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/**
 * Shown instead of a character the font cannot draw (emoji, rare scripts), so nothing
 * vanishes silently: the replacement character (a diamond with a question mark), which
 * IBM Plex Sans has and which cannot be mistaken for a typed "?".
 */
export const missingGlyphMarker = '\uFFFD';

/** Printable ASCII, Latin-1 and Latin Extended-A (ş, č, ł, ĳ), tab and newline. */
const plainLatin = /^[\t\n\x20-\x7e\u00a0-\u017f‘’“”–—…•€]*$/;

/**
 * Prepares user text for the PDF: control characters other than newline and tab become
 * spaces, and characters the embedded font has no glyph for become a visible marker.
 */
export function printableText(text: string, font: GlyphCoverage): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  // Plain Latin (what nearly all text is) needs no per-character look-up: IBM Plex has all of it.
  if (plainLatin.test(normalised)) return normalised;
  let result = '';
  for (const char of normalised) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === '\n' || char === '\t') result += char;
    else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) result += ' ';
    else if (codePoint === 0xfe0f || codePoint === 0x200d)
      continue; // emoji joiners and variation selectors
    else result += font.hasGlyphForCodePoint(codePoint) ? char : missingGlyphMarker;
  }
  return result;
}

import { once } from '../../contract/once';

const dateFormat = once(() => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }));

/** "Pagina 2 van 5 · afgedrukt op 28 november 2026" */
export function footerText(page: number, pages: number, printedOn: Date): string {
  return `Pagina ${page} van ${pages} · afgedrukt op ${dateFormat().format(printedOn)}`;
}

/**
 * Guide Markdown as plain text for a PDF: emphasis markers, quote and list signs removed, lines
 * and blank lines kept (unlike the search's plainText, which folds white space for snippets).
 */
export function markdownAsPrintText(markdown: string): string {
  return markdown
    .replace(/^\s{0,3}(#{1,6}|>|[-*+])\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/\[(.+?)\]\((.+?)\)/g, '$1 ($2)');
}
