import type { Paragraph, Table, TableCell, TableRow } from 'docx';
import { noteStyleId, tableStyleId } from './docx-styles';
import { splitTabs, wordSafeText } from './docx-text';
import type { DocxBlock, DocxColumn, SignatureForm, SignatureParty } from './docx-writer';

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
 * One party's column: its role, fields, tick boxes and a framed space to sign in, all in one
 * cell so the text reads one person's part after the other's, as in the PDF.
 */
function signatureCell(docx: Docx, party: SignatureParty, form: SignatureForm, width: number): TableCell {
  const line = { style: docx.BorderStyle.SINGLE, size: 6, color: '8C8C8C', space: 0 };
  const text = (value: string, style: RunStyle = {}) =>
    new docx.Paragraph({
      keepNext: true,
      keepLines: true,
      children: runs(docx, value, { size: tableTextSize, ...style }),
    });
  const signingSpace = new docx.Paragraph({
    border: { top: line, bottom: line, left: line, right: line },
    spacing: { line: docx.convertMillimetersToTwip(form.signingSpaceMm), lineRule: docx.LineRuleType.EXACT },
    children: [],
  });
  return new docx.TableCell({
    width: { size: width, type: docx.WidthType.DXA },
    children: [
      text(party.role, { bold: true }),
      // An empty field gets a line to write on, as in the PDF.
      ...party.fields.map(([label, value]) => text(`${label}: ${value.trim() || '____________________'}`)),
      ...form.ticks.map((label) => text(`\u2610 ${label}`)),
      text(`${form.signatureLabel}:`),
      signingSpace,
    ],
  });
}

/** The signature block: the parties side by side in one row that Word keeps whole on a page. */
function signatureTable(docx: Docx, form: SignatureForm, textWidth: number) {
  const widths = columnWidths(
    form.parties.map(() => ({})),
    textWidth,
  );
  const row = new docx.TableRow({
    cantSplit: true,
    children: form.parties.map((party, index) => signatureCell(docx, party, form, widths[index] ?? 0)),
  });
  return styledTable(docx, [row], widths, false);
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
        style: block.muted ? noteStyleId : undefined,
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
      return [signatureTable(docx, block, textWidth)];
    case 'writingLines':
      return [writingLines(docx, block.count, textWidth)];
    case 'pageBreak':
      return [new docx.Paragraph({ children: [new docx.PageBreak()] })];
  }
}
