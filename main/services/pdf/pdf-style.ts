import type { PdfFont } from './pdf-fonts';

/** A4 in points, with room above for the running header and below for the footer. */
export const pageLayout = { margin: 60, footerGap: 28, headerY: 30 } as const;
export const colours = { text: '#1a1a1a', muted: '#555555', rule: '#9a9a9a', headerFill: '#e8eef5' } as const;
export const cellPadding = 5;

export interface TextStyle {
  font: PdfFont;
  size: number;
  /** Extra space between lines, on top of the font's own line height. */
  gap: number;
  colour: string;
}

const text = (font: PdfFont, size: number, gap: number, colour: string = colours.text): TextStyle => ({
  font,
  size,
  gap,
  colour,
});

export const styles = {
  h1: text('bold', 20, 0),
  h2: text('bold', 15, 0),
  h3: text('semibold', 12.5, 0),
  body: text('regular', 10.5, 2),
  italic: text('italic', 10.5, 2),
  muted: text('regular', 10.5, 2, colours.muted),
  mutedItalic: text('italic', 10.5, 2, colours.muted),
  cell: text('regular', 10.5, 1),
  cellHeader: text('semibold', 10.5, 1),
  small: text('regular', 8.5, 0, colours.muted),
} as const;
