import type { Paragraph, Table, TableCell, TableRow } from 'docx';
import { noteStyleId, tableStyleId } from './docx-styles';
import { splitTabs, wordSafeText } from './docx-text';
import type { DocxBlock, DocxColumn, SignatureParty } from './docx-writer';

/** The docx package, loaded on the first export (like pdfkit): it is a megabyte of script. */
export type Docx = typeof import('docx');

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** In half points. */
  size?: number;
}

/** Text in tables is 10 pt (body 11 pt), so a date or a status fits its column on one line. */
const tableTextSize = 20;
/**
 * A row with less text than this stays whole on one page; a longer one may break across pages
 * (one that does not fit a page at all must, and Word would otherwise push it past the margin).
 */
const unsplittableRowCharacters = 400;

/** Shading of header rows, also set on the cells: LibreOffice and older Word ignore the table style's. */
const headerFill = 'E8E8E8';
/** The signing space: 28 mm, within the 25–30 mm a personnel file asks for. */
const signingSpaceMm = 28;
const writingLineMm = 8;

/** One line per TextRun (a break before each but the first), tabs kept as tabs. */
function runs(docx: Docx, text: string, style: RunStyle = {}) {
  return wordSafeText(text)
    .split('\n')
    .map((line, index) => {
      const pieces = splitTabs(line).flatMap((piece, at) => (at === 0 ? [piece] : [new docx.Tab(), piece]));
      return new docx.TextRun({ ...style, children: pieces, break: index > 0 ? 1 : undefined });
    });
}

/** A text's paragraphs: blank lines separate them; an empty text is one empty paragraph. */
function paragraphs(
  docx: Docx,
  text: string,
  options: { style?: string; run?: RunStyle; keepNext?: boolean } = {},
): Paragraph[] {
  const parts = wordSafeText(text)
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+$/, ''))
    .filter((part) => part.trim() !== '');
  return (parts.length > 0 ? parts : ['']).map(
    (part) =>
      new docx.Paragraph({ style: options.style, keepNext: options.keepNext, children: runs(docx, part, options.run) }),
  );
}

/** Column widths in twips from the columns' weights, summing to the text width. */
function columnWidths(columns: readonly { weight?: number }[], textWidth: number): number[] {
  const weights = columns.map((column) => column.weight ?? 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.floor((textWidth * weight) / total));
}

function cell(docx: Docx, text: string, width: number, options: { header?: boolean; run?: RunStyle } = {}): TableCell {
  return new docx.TableCell({
    width: { size: width, type: docx.WidthType.DXA },
    shading: options.header ? { type: docx.ShadingType.CLEAR, color: 'auto', fill: headerFill } : undefined,
    children: paragraphs(docx, text, { run: { size: tableTextSize, bold: options.header, ...options.run } }),
  });
}

/** A table in the house style, fixed widths (a long word wraps inside its cell, never widens it). */
function styledTable(docx: Docx, rows: TableRow[], widths: number[], hasHeader: boolean): Table {
  return new docx.Table({
    style: tableStyleId,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: docx.WidthType.DXA },
    columnWidths: widths,
    layout: docx.TableLayoutType.FIXED,
    tableLook: { firstRow: hasHeader, firstColumn: false, lastRow: false, lastColumn: false, noVBand: true },
    rows,
  });
}

function headerRow(docx: Docx, columns: readonly DocxColumn[], widths: number[]): TableRow {
  return new docx.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) => cell(docx, column.header, widths[index] ?? 0, { header: true })),
  });
}

function dataTable(docx: Docx, block: Extract<DocxBlock, { kind: 'table' }>, textWidth: number): Table {
  const widths = columnWidths(block.columns, textWidth);
  const body = block.rows.map(
    (row) =>
      new docx.TableRow({
        cantSplit: row.join('').length < unsplittableRowCharacters,
        children: widths.map((width, index) => cell(docx, row[index] ?? '', width)),
      }),
  );
  return styledTable(docx, [headerRow(docx, block.columns, widths), ...body], widths, true);
}

function keyValueTable(docx: Docx, pairs: readonly (readonly [string, string])[], textWidth: number): Table {
  const widths = columnWidths([{ weight: 1 }, { weight: 3 }], textWidth);
  const rows = pairs.map(
    ([label, value]) =>
      new docx.TableRow({
        cantSplit: true,
        children: [cell(docx, label, widths[0] ?? 0, { run: { bold: true } }), cell(docx, value, widths[1] ?? 0)],
      }),
  );
  return styledTable(docx, rows, widths, false);
}

/**
 * The signature block: a column per party with its fields, a signing space of 28 mm and tick
 * boxes. Every row keeps with the next, so Word keeps the block on one page.
 */
function signatureTable(
  docx: Docx,
  parties: readonly SignatureParty[],
  tickBoxes: readonly string[],
  textWidth: number,
) {
  const widths = columnWidths(
    parties.map(() => ({})),
    textWidth,
  );
  const row = (texts: (party: SignatureParty) => string, height?: number) =>
    new docx.TableRow({
      cantSplit: true,
      keepNext: true,
      height: height ? { value: height, rule: docx.HeightRule.ATLEAST } : undefined,
      children: parties.map((party, index) => cell(docx, texts(party), widths[index] ?? 0)),
    });
  const fieldCount = Math.max(...parties.map((party) => party.fields.length));
  const fieldRows = Array.from({ length: fieldCount }, (_, at) =>
    row((party) => (party.fields[at] ? `${party.fields[at][0]}: ${party.fields[at][1]}` : '')),
  );
  const ticks = tickBoxes.map((label) => `\u2610 ${label}`).join('\n');
  return styledTable(
    docx,
    [
      headerRow(
        docx,
        parties.map((party) => ({ header: party.role })),
        widths,
      ),
      ...fieldRows,
      row(() => 'Handtekening:', docx.convertMillimetersToTwip(signingSpaceMm)),
      row(() => ticks),
    ],
    widths,
    true,
  );
}

/** Ruled lines to write on: a one-column table with only its horizontal borders. */
function writingLines(docx: Docx, count: number, textWidth: number): Table {
  const line = { style: docx.BorderStyle.SINGLE, size: 4, color: '8C8C8C' };
  const none = { style: docx.BorderStyle.NONE, size: 0, color: 'auto' };
  const rows = Array.from(
    { length: count },
    () =>
      new docx.TableRow({
        cantSplit: true,
        height: { value: docx.convertMillimetersToTwip(writingLineMm), rule: docx.HeightRule.EXACT },
        children: [cell(docx, '', textWidth)],
      }),
  );
  return new docx.Table({
    width: { size: textWidth, type: docx.WidthType.DXA },
    columnWidths: [textWidth],
    layout: docx.TableLayoutType.FIXED,
    borders: { top: none, left: none, right: none, insideVertical: none, bottom: line, insideHorizontal: line },
    rows,
  });
}

function headingLevel(docx: Docx, level: 1 | 2 | 3) {
  const { HEADING_1, HEADING_2, HEADING_3 } = docx.HeadingLevel;
  return level === 1 ? HEADING_1 : level === 2 ? HEADING_2 : HEADING_3;
}

/** One block as Word paragraphs and tables; `textWidth` in twips (page width less margins). */
export function renderBlock(docx: Docx, block: DocxBlock, textWidth: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new docx.Paragraph({ heading: headingLevel(docx, block.level), children: runs(docx, block.text) })];
    case 'paragraph':
      return paragraphs(docx, block.text, {
        style: block.note ? noteStyleId : undefined,
        run: { italics: block.italic },
        keepNext: block.keepWithNext,
      });
    case 'bullets':
      return block.items.map((item) => new docx.Paragraph({ bullet: { level: 0 }, children: runs(docx, item) }));
    case 'keyValues':
      return [keyValueTable(docx, block.pairs, textWidth)];
    case 'table':
      return [dataTable(docx, block, textWidth)];
    case 'signatures':
      return [signatureTable(docx, block.parties, block.tickBoxes, textWidth)];
    case 'writingLines':
      return [writingLines(docx, block.count, textWidth)];
    case 'pageBreak':
      return [new docx.Paragraph({ children: [new docx.PageBreak()] })];
  }
}
