import { type ColumnDemand, columnWidths } from './column-widths';
import { type Line, textWidths, widestWord } from './line-breaker';
import { cellPadding, colours, styles, type TextStyle } from './pdf-style';
import type { PdfWriter } from './pdf-writer';
import { artifact, type StructElement, structure } from './tagging';

export interface TableColumn {
  header: string;
  /** A share of the width for formats with fixed columns (the Word copy); the PDF measures the content instead. */
  weight?: number;
}

export interface TableSpec {
  columns: readonly TableColumn[];
  rows: readonly (readonly string[])[];
  /** A header row with the column names (default true). */
  headerRow?: boolean;
  /** The first cell of each row names the row (label/value tables). */
  rowHeaders?: boolean;
}

interface Row {
  cells: Line[][];
  lines: number;
}

const continued = ' (vervolg)';
/** A word that can be hyphenated asks no more than this of its column. */
const breakableWord = 70;
/** A value up to this wide keeps its column wide enough for one line. */
const shortValue = 80;
/** A row taller than this is split at a page end instead of moved whole. */
const tallRow = 160;

class TableDrawer {
  private readonly widths: number[];
  private readonly lineHeight: number;
  private readonly header: Row | null;
  private readonly continuedHeader: Row | null;
  private readonly rows: Row[];

  constructor(
    private readonly pdf: PdfWriter,
    private readonly spec: TableSpec,
  ) {
    const type = pdf.type;
    const cells = spec.rows.map((row) => spec.columns.map((_, index) => type.clean(row[index] ?? '', styles.cell)));
    const headers = spec.columns.map((column) => type.clean(column.header, styles.cellHeader));
    this.widths = columnWidths(
      pdf.contentWidth,
      spec.columns.map((_, index) =>
        this.demand(
          cells.map((row) => row[index] ?? ''),
          spec.headerRow === false ? '' : (headers[index] ?? ''),
          index,
        ),
      ),
    );
    this.lineHeight = Math.max(type.lineHeight(styles.cell), type.lineHeight(styles.cellHeader));
    this.header = spec.headerRow === false ? null : this.layout(headers, true);
    // "(vervolg)" goes with the widest column's name, where it has room.
    const widest = this.widths.indexOf(Math.max(...this.widths));
    this.continuedHeader =
      spec.headerRow === false
        ? null
        : this.layout(
            headers.map((h, i) => (i === widest ? h + continued : h)),
            true,
          );
    this.rows = cells.map((row) => this.layout(row, false));
  }

  draw(): void {
    const { pdf } = this;
    // The header row never stands alone: it stays with the first row (or, if that row is
    // taller than a page, with its first two lines).
    const first = this.rows[0];
    const firstLines = !first ? 0 : first.lines * this.lineHeight <= this.freshPage() ? first.lines : 2;
    const keep = this.height(this.header) + firstLines * this.lineHeight + 2 * cellPadding;
    pdf.placeHeadings(keep);
    pdf.ensureSpace(keep);
    const table = structure(pdf.doc, 'Table');
    pdf.root.add(table);
    if (this.header) this.drawHeader(table, this.header);
    const body = structure(pdf.doc, 'TBody');
    table.add(body);
    for (const row of this.rows) this.drawRow(body, row);
    body.end();
    table.end();
  }

  /** Room for a row's lines on a new page below the repeated header. */
  private freshPage(): number {
    return this.pdf.bottom - this.pdf.top - this.height(this.continuedHeader) - 2 * cellPadding;
  }

  private styleOf(index: number, header: boolean): TextStyle {
    return header || (this.spec.rowHeaders && index === 0) ? styles.cellHeader : styles.cell;
  }

  /** Column names and row names are short: their words are never hyphenated (unless wider than 30 %). */
  private demand(texts: readonly string[], header: string, index: number): ColumnDemand {
    const measure = this.pdf.type.measure(this.styleOf(index, false));
    const cap = this.pdf.contentWidth;
    const namesRows = this.spec.rowHeaders && index === 0;
    let least = widestWord(header, this.pdf.type.measure(styles.cellHeader), cap);
    let natural = textWidths(header, this.pdf.type.measure(styles.cellHeader)).widest;
    let amount = natural;
    for (const text of texts) {
      least = Math.max(least, widestWord(text, measure, namesRows ? cap : breakableWord));
      const { widest, total } = textWidths(text, measure);
      natural = Math.max(natural, Math.min(widest, cap));
      amount += total;
    }
    const padding = 2 * cellPadding + 1;
    // Short values ("Collega 1", "15-09-2027") stay on one line.
    least = Math.max(least, Math.min(natural, shortValue));
    return { least: least + padding, natural: natural + padding, amount };
  }

  private layout(texts: readonly string[], header: boolean): Row {
    const cells = texts.map((text, index) => {
      const names = header || (this.spec.rowHeaders && index === 0);
      const width = (this.widths[index] ?? 0) - 2 * cellPadding;
      return this.pdf.type.lines(text, width, this.styleOf(index, header), { hyphenate: !names });
    });
    return { cells, lines: Math.max(1, ...cells.map((lines) => lines.length)) };
  }

  private height(row: Row | null, lines = row?.lines ?? 0): number {
    return row ? lines * this.lineHeight + 2 * cellPadding : 0;
  }

  /** Cell borders (and the header shading) of a row part, as an Artifact. */
  private drawFrame(top: number, height: number, shaded: boolean): void {
    const { doc } = this.pdf;
    artifact(doc, 'Layout', () => {
      let x = this.pdf.left;
      doc.save().lineWidth(0.5).strokeColor(colours.rule);
      for (const width of this.widths) {
        if (shaded) doc.rect(x, top, width, height).fill(colours.headerFill);
        doc.rect(x, top, width, height).stroke();
        x += width;
      }
      doc.restore();
    });
  }

  /** The lines `from`–`to` of every cell, each cell's part as content of its TH/TD. */
  private drawCells(
    row: Row,
    from: number,
    to: number,
    top: number,
    elements: StructElement[] | null,
    header: boolean,
  ) {
    let x = this.pdf.left;
    row.cells.forEach((lines, index) => {
      const part = lines.slice(from, to);
      const cellX = x + cellPadding;
      const draw = () =>
        part.forEach((line, i) => {
          this.pdf.type.drawLine(line, cellX, top + cellPadding + i * this.lineHeight, this.styleOf(index, header));
        });
      if (part.length > 0) {
        if (elements) elements[index]?.add(draw);
        else draw();
      }
      x += this.widths[index] ?? 0;
    });
  }

  private drawHeader(table: StructElement, header: Row): void {
    const head = structure(this.pdf.doc, 'THead');
    table.add(head);
    const row = structure(this.pdf.doc, 'TR');
    head.add(row);
    const cells = header.cells.map(() => structure(this.pdf.doc, 'TH', { scope: 'Column' }));
    for (const cell of cells) row.add(cell);
    const top = this.pdf.y;
    this.drawFrame(top, this.height(header), true);
    this.drawCells(header, 0, header.lines, top, cells, true);
    for (const cell of cells) cell.end();
    row.end();
    head.end();
    this.pdf.y = top + this.height(header);
  }

  /** A new page, headed by the column names marked "(vervolg)": a repeat, so an Artifact. */
  private continueOnNextPage(): void {
    this.pdf.pageBreak();
    const header = this.continuedHeader;
    if (!header) return;
    const top = this.pdf.y;
    this.drawFrame(top, this.height(header), true);
    artifact(this.pdf.doc, 'Pagination', () => this.drawCells(header, 0, header.lines, top, null, true));
    this.pdf.y = top + this.height(header);
  }

  /**
   * A row moves whole to the next page when it does not fit here but fits there; a row taller
   * than a page is split between lines (never leaving one line alone), its cells continued.
   */
  private drawRow(body: StructElement, row: Row): void {
    const tr = structure(this.pdf.doc, 'TR');
    body.add(tr);
    const cells = row.cells.map((_, index) =>
      structure(this.pdf.doc, this.spec.rowHeaders && index === 0 ? 'TH' : 'TD', {
        ...(this.spec.rowHeaders && index === 0 ? { scope: 'Row' as const } : {}),
      }),
    );
    for (const cell of cells) tr.add(cell);
    const freshPage = this.freshPage();
    let from = 0;
    let onFreshPage = false;
    while (from < row.lines) {
      const fit = Math.floor((this.pdf.bottom - this.pdf.y - 2 * cellPadding) / this.lineHeight + 1e-6);
      const rest = row.lines - from;
      let take = rest <= fit ? rest : Math.min(fit, rest - 2);
      // A short row moves whole; a tall one is split rather than leave half a page empty.
      const rowHeight = row.lines * this.lineHeight;
      const space = this.pdf.bottom - this.pdf.y;
      const wholeFitsNextPage = from === 0 && rowHeight <= freshPage && (rowHeight <= tallRow || space < tallRow / 2);
      if (take < rest && (wholeFitsNextPage || take < 2) && !onFreshPage) {
        this.continueOnNextPage();
        onFreshPage = true;
        continue;
      }
      take = Math.max(1, Math.min(take < 1 ? fit : take, rest));
      const top = this.pdf.y;
      const height = take * this.lineHeight + 2 * cellPadding;
      this.drawFrame(top, height, false);
      this.drawCells(row, from, from + take, top, cells, false);
      this.pdf.y = top + height;
      from += take;
      onFreshPage = from < row.lines;
      if (onFreshPage) this.continueOnNextPage();
    }
    for (const cell of cells) cell.end();
    tr.end();
  }
}

/**
 * A table measured with exactly the metrics it is drawn with: column widths follow the
 * content, rows move whole to the next page or split between lines, the column names repeat
 * on every page (marked "(vervolg)", as an Artifact). Tagged Table › THead/TBody › TR › TH/TD.
 */
export function drawTable(pdf: PdfWriter, spec: TableSpec): void {
  new TableDrawer(pdf, spec).draw();
}
