import { pdfFontData } from './pdf-font-data';
import { findFontsDir, type PdfFont } from './pdf-fonts';
import { footerText, type GlyphCoverage, printableText } from './pdf-text';

/** Title page facts of a PDF: also its document metadata. */
export interface PdfMeta {
  title: string;
  subject: string;
  author?: string;
}

export interface TableColumn {
  header: string;
  /** Fraction of the content width; the fractions of a table add up to 1. */
  width: number;
}

type StructElement = PDFKit.PDFStructureElement;

const page = { margin: 60, footerGap: 28 };
const colours = { text: '#1a1a1a', muted: '#555555', rule: '#9a9a9a', headerFill: '#e8eef5' };
const sizes = { 1: 20, 2: 15, 3: 12.5, body: 10.5, small: 8.5 } as const;
const cellPadding = 5;

/**
 * Writes a tagged, accessible A4 document with the app's typography. Every block is a
 * structure element (H1–H3, P, L/LI, Table/TR/TH/TD) so screen readers can follow it.
 */
export class PdfWriter {
  readonly left: number;
  readonly contentWidth: number;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly root: StructElement,
  ) {
    this.left = doc.page.margins.left;
    this.contentWidth = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  }

  /** The vertical position where the next block starts. */
  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private font(name: PdfFont, size: number): this {
    this.doc.font(name).fontSize(size).fillColor(colours.text);
    return this;
  }

  private coverage(): GlyphCoverage {
    // fontkit's font object behind the current pdfkit font.
    return (this.doc as unknown as { _font: { font: GlyphCoverage } })._font.font;
  }

  /** Text made safe for the embedded font (see printableText). */
  clean(text: string): string {
    return printableText(text, this.coverage());
  }

  private add(type: string, draw: () => void): void {
    this.root.add(this.doc.struct(type, {}, draw));
  }

  /** Starts a new page when fewer than `points` remain on this one. */
  ensureSpace(points: number): void {
    if (this.doc.y + points > this.bottom) this.pageBreak();
  }

  pageBreak(): void {
    this.doc.addPage();
  }

  spacer(points: number): void {
    this.doc.y += points;
  }

  heading(text: string, level: 1 | 2 | 3): void {
    this.font(level === 3 ? 'semibold' : 'bold', sizes[level]);
    const clean = this.clean(text);
    // Keep a heading together with at least two lines of what follows.
    this.ensureSpace(this.doc.heightOfString(clean, { width: this.contentWidth }) + sizes.body * 3);
    if (this.doc.y > this.doc.page.margins.top) this.spacer(level === 1 ? 4 : 8);
    this.add(`H${level}`, () => {
      this.doc.text(clean, this.left, this.doc.y, { width: this.contentWidth });
    });
    this.spacer(4);
  }

  paragraph(text: string, options: { italic?: boolean; muted?: boolean } = {}): void {
    this.font(options.italic ? 'italic' : 'regular', sizes.body);
    if (options.muted) this.doc.fillColor(colours.muted);
    const clean = this.clean(text);
    this.add('P', () => {
      this.doc.text(clean, this.left, this.doc.y, { width: this.contentWidth, lineGap: 2 });
    });
    this.spacer(6);
  }

  bulletList(items: readonly string[]): void {
    if (items.length === 0) return;
    this.font('regular', sizes.body);
    const list = this.doc.struct('L');
    this.root.add(list);
    const indent = 14;
    for (const item of items) {
      const clean = this.clean(item);
      this.ensureSpace(this.doc.heightOfString(clean, { width: this.contentWidth - indent }) + 2);
      const top = this.doc.y;
      const entry = this.doc.struct('LI');
      list.add(entry);
      entry.add(
        this.doc.struct('Lbl', {}, () => {
          this.doc.text('•', this.left, top, { width: indent });
        }),
      );
      entry.add(
        this.doc.struct('LBody', {}, () => {
          this.doc.text(clean, this.left + indent, top, { width: this.contentWidth - indent, lineGap: 2 });
        }),
      );
      entry.end();
      this.spacer(2);
    }
    list.end();
    this.spacer(6);
  }

  /** Label/value pairs, e.g. name, function and organisation on a title page. */
  keyValues(rows: readonly (readonly [string, string])[]): void {
    this.table({
      columns: [
        { header: 'Gegeven', width: 0.32 },
        { header: 'Waarde', width: 0.68 },
      ],
      rows,
      headerVisible: false,
    });
  }

  /**
   * A table that breaks across pages between rows and repeats its header on every page.
   * A row taller than a whole page is written as label/value paragraphs instead, so no text is lost.
   */
  table(spec: {
    columns: readonly TableColumn[];
    rows: readonly (readonly string[])[];
    headerVisible?: boolean;
  }): void {
    const widths = spec.columns.map((column) => column.width * this.contentWidth);
    const headerVisible = spec.headerVisible ?? true;
    const table = this.doc.struct('Table');
    this.root.add(table);

    const rowHeight = (cells: readonly string[], font: PdfFont) => {
      this.font(font, sizes.body);
      return (
        Math.max(
          ...cells.map((cell, index) =>
            this.doc.heightOfString(cell || ' ', { width: (widths[index] ?? 0) - 2 * cellPadding }),
          ),
        ) +
        2 * cellPadding
      );
    };
    const drawRow = (cells: readonly string[], header: boolean) => {
      const height = rowHeight(cells, header ? 'semibold' : 'regular');
      const top = this.doc.y;
      const row = this.doc.struct('TR');
      table.add(row);
      let x = this.left;
      cells.forEach((cell, index) => {
        const width = widths[index] ?? 0;
        if (header) this.doc.save().rect(x, top, width, height).fill(colours.headerFill).restore();
        this.doc.save().lineWidth(0.5).strokeColor(colours.rule).rect(x, top, width, height).stroke().restore();
        this.font(header ? 'semibold' : 'regular', sizes.body);
        const cellX = x;
        row.add(
          this.doc.struct(header ? 'TH' : 'TD', {}, () => {
            this.doc.text(cell, cellX + cellPadding, top + cellPadding, { width: width - 2 * cellPadding, lineGap: 1 });
          }),
        );
        x += width;
      });
      row.end();
      this.doc.y = top + height;
      this.doc.x = this.left;
    };

    const headers = spec.columns.map((column) => this.clean(column.header));
    const headerHeight = headerVisible ? rowHeight(headers, 'semibold') : 0;
    const usable = this.bottom - this.doc.page.margins.top;
    let headerOnThisPage = false;
    for (const raw of spec.rows) {
      const cells = raw.map((cell) => this.clean(cell));
      const height = rowHeight(cells, 'regular');
      if (height + headerHeight > usable) {
        table.end();
        this.tallRowAsParagraphs(headers, cells);
        this.table({ ...spec, rows: spec.rows.slice(spec.rows.indexOf(raw) + 1) });
        return;
      }
      if (this.doc.y + height + (headerOnThisPage ? 0 : headerHeight) > this.bottom) {
        this.pageBreak();
        headerOnThisPage = false;
      }
      if (headerVisible && !headerOnThisPage) drawRow(headers, true);
      headerOnThisPage = true;
      drawRow(cells, false);
    }
    table.end();
    this.spacer(10);
  }

  private tallRowAsParagraphs(headers: readonly string[], cells: readonly string[]): void {
    this.ensureSpace(60);
    cells.forEach((cell, index) => {
      this.font('semibold', sizes.body);
      this.add('P', () => {
        this.doc.text(headers[index] ?? '', this.left, this.doc.y, { width: this.contentWidth });
      });
      this.paragraph(cell || '–');
    });
  }

  /** Writes the "Pagina x van y" footer on every page, marked as an artifact (not content). */
  finishPages(printedOn: Date): void {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      this.doc.switchToPage(index);
      const bottomMargin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.font('regular', sizes.small).doc.fillColor(colours.muted);
      this.doc.text(
        footerText(index - range.start + 1, range.count, printedOn),
        this.left,
        this.doc.page.height - bottomMargin + page.footerGap / 2,
        {
          width: this.contentWidth,
          align: 'right',
          lineBreak: false,
        },
      );
      this.doc.endMarkedContent();
      this.doc.page.margins.bottom = bottomMargin;
    }
  }
}

/**
 * Builds a PDF in memory. pdfkit is loaded here, on first export, not at start-up
 * (it costs 100–200 ms to load).
 */
export async function createPdf(
  meta: PdfMeta,
  build: (pdf: PdfWriter) => void,
  printedOn: Date = new Date(),
): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  // pdfkit supports the PDF/UA subset; its type definitions only list PDF/A.
  const options: Omit<PDFKit.PDFDocumentOptions, 'subset'> & { subset: 'PDF/UA' } = {
    size: 'A4',
    margins: { top: page.margin, bottom: page.margin + page.footerGap, left: page.margin, right: page.margin },
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA',
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Author: meta.author ?? '',
      Creator: 'Werkboek Overheidsparticipatie',
      Producer: 'Werkboek Overheidsparticipatie',
      CreationDate: printedOn,
    },
  };
  const doc = new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions);
  for (const [name, data] of Object.entries(pdfFontData(findFontsDir()))) doc.registerFont(name, data);
  doc.font('regular');

  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const writer = new PdfWriter(doc, root);
  build(writer);
  root.end();
  writer.finishPages(printedOn);
  doc.end();
  return finished;
}
