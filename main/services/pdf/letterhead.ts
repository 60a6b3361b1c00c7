import { type Line, runWidth } from './line-breaker';
import { styles, type TextStyle } from './pdf-style';
import type { PdfWriter } from './pdf-writer';
import { structure } from './tagging';

const pointsPerMillimetre = 72 / 25.4;

/** The box a logo is fitted into (proportions kept): the same size on every plan, whatever the file. */
export const logoBox = { width: 45 * pointsPerMillimetre, height: 18 * pointsPerMillimetre } as const;

export interface LetterheadSpec {
  /** A PNG or JPEG (checked when it was stored), with its size in pixels. */
  logo?: { bytes: Uint8Array; width: number; height: number; alt: string };
  /** Printed beside the logo. */
  name?: string;
  /** A marking at the top right, e.g. "Vertrouwelijk – personeelsdossier". */
  marking?: string;
}

const gap = 12;
const after = 14;

/** The logo's size in points inside `logoBox`, never enlarged beyond one pixel a point. */
export function fittedLogoSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(logoBox.width / width, logoBox.height / height, 1);
  return { width: width * scale, height: height * scale };
}

/** Lines as one tagged paragraph; with `rightAlignIn`, each line ends at x + that width. */
function drawParagraph(
  pdf: PdfWriter,
  lines: readonly Line[],
  position: { x: number; top: number; rightAlignIn?: number },
  style: TextStyle,
): void {
  const element = structure(pdf.doc, 'P');
  pdf.root.add(element);
  const lineHeight = pdf.type.lineHeight(style);
  const align = position.rightAlignIn === undefined ? {} : { width: position.rightAlignIn, align: 'right' as const };
  element.add(() => {
    lines.forEach((line, index) => {
      pdf.type.drawLine(line, position.x, position.top + index * lineHeight, style, align);
    });
  });
  element.end();
}

/** The logo at the top left, fitted in `logoBox`, as a Figure whose box is the image's. */
function drawLogo(pdf: PdfWriter, logo: NonNullable<LetterheadSpec['logo']>, top: number) {
  const size = fittedLogoSize(logo.width, logo.height);
  const figure = structure(pdf.doc, 'Figure', {
    alt: logo.alt,
    bbox: [pdf.left, top, pdf.left + size.width, top + size.height],
    placement: 'Block',
  });
  pdf.root.add(figure);
  const bytes = Buffer.from(logo.bytes.buffer, logo.bytes.byteOffset, logo.bytes.byteLength);
  figure.add(() => pdf.doc.image(bytes, pdf.left, top, { width: size.width, height: size.height }));
  figure.end();
  return size;
}

/**
 * The head of page 1 above the title: the marking first (so a reader hears it first), then
 * the logo as a Figure with its Alt text, with the organisation's name beside it. Draws
 * nothing when there is neither a logo nor a marking.
 */
export function drawLetterhead(pdf: PdfWriter, spec: LetterheadSpec): void {
  const { logo, marking } = spec;
  if (!logo && !marking) return;
  const top = pdf.y;
  const right = pdf.left + pdf.contentWidth;
  const markingStyle = styles.cellHeader;
  // Half the width at most, broken between words only (never "personeelsdos-sier").
  const markingArea = pdf.contentWidth / 2;
  const markingLines = marking
    ? pdf.type.lines(pdf.type.clean(marking, markingStyle), markingArea, markingStyle, { hyphenate: false })
    : [];
  const measureMarking = pdf.type.measure(markingStyle);
  const markingWidth = Math.max(
    0,
    ...markingLines.map((line) => line.reduce((sum, run) => sum + runWidth(run, measureMarking), 0)),
  );
  if (markingLines.length > 0) {
    drawParagraph(pdf, markingLines, { x: right - markingArea, top, rightAlignIn: markingArea }, markingStyle);
  }
  let height = markingLines.length * pdf.type.lineHeight(markingStyle);
  if (logo) {
    const size = drawLogo(pdf, logo, top);
    height = Math.max(height, size.height);
    const name = spec.name?.trim() ? pdf.type.clean(spec.name.trim(), styles.h3) : '';
    const nameX = pdf.left + size.width + gap;
    const nameWidth = right - nameX - (markingWidth > 0 ? markingWidth + gap : 0);
    if (name && nameWidth > 40) {
      const lines = pdf.type.lines(name, nameWidth, styles.h3);
      const nameHeight = lines.length * pdf.type.lineHeight(styles.h3);
      drawParagraph(pdf, lines, { x: nameX, top: top + Math.max(0, (size.height - nameHeight) / 2) }, styles.h3);
      height = Math.max(height, nameHeight);
    }
  }
  pdf.doc.x = pdf.left;
  pdf.y = top + height + after;
}
