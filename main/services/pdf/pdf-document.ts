import { pdfFontData } from './pdf-font-data';
import { pdfFontsDir } from './pdf-fonts';
import { pageLayout, styles } from './pdf-style';
import { footerText } from './pdf-text';
import { PdfWriter } from './pdf-writer';
import { artifact } from './tagging';
import { Typesetter } from './typesetter';

/** Title page facts of a PDF: also its document metadata. */
export interface PdfMeta {
  title: string;
  subject: string;
  author?: string;
  /** Printed at the top of every page from page 2, so a loose page still says what it belongs to. */
  runningHeader?: string;
}

export interface PdfOptions {
  /** The app's `resources/` folder: the fonts are in `fonts/` there. */
  resourcesDir: string;
  printedOn?: Date;
  /** Page set-up other than the default (see `PageOptions`). */
  page?: PageOptions;
}

/**
 * A document that goes into a binder (the POP-OP into a personnel file) asks for wider side
 * margins, so holes punched on either side of a duplex sheet miss the text, and for page
 * numbers in the centre, where they sit the same on front and back. Every other PDF keeps
 * the defaults.
 */
export interface PageOptions {
  /** Points; default `pageLayout.margin`. */
  marginLeft?: number;
  marginRight?: number;
  /** Where "Pagina x van y" stands; default right. */
  footerAlign?: 'right' | 'center';
}

/** pdfkit internals we correct: its ParentTree number tree writes /Limits on the root node, which the spec forbids. */
interface ParentTreeHolder {
  getStructParentTree(): { limits: boolean };
}

/** A line of small text that fits the width: too long, it ends in "…". */
function fitted(type: Typesetter, text: string, width: number): string {
  const measure = type.measure(styles.small);
  if (measure(text) <= width) return text;
  let end = text.length;
  while (end > 0 && measure(`${text.slice(0, end)}…`) > width) end = Math.max(0, end - Math.max(1, end >> 4));
  return `${text.slice(0, end)}…`;
}

/** Running header from page 2 and "Pagina x van y" on every page, all as Pagination artifacts. */
function finishPages(writer: PdfWriter, meta: PdfMeta, printedOn: Date, footerAlign: 'right' | 'center'): void {
  const { doc, type } = writer;
  const range = doc.bufferedPageRange();
  const header = meta.runningHeader
    ? fitted(type, type.clean(meta.runningHeader, styles.small), writer.contentWidth)
    : '';
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const footerY = doc.page.height - doc.page.margins.bottom + pageLayout.footerGap / 2;
    artifact(doc, 'Pagination', () => {
      const text = footerText(index - range.start + 1, range.count, printedOn);
      type.drawLine([{ text }], writer.left, footerY, styles.small, { width: writer.contentWidth, align: footerAlign });
      if (index > range.start && header) {
        type.drawLine([{ text: header }], writer.left, pageLayout.headerY, styles.small);
        const ruleY = pageLayout.headerY + type.lineHeight(styles.small) + 2;
        doc
          .save()
          .lineWidth(0.5)
          .strokeColor('#9a9a9a')
          .moveTo(writer.left, ruleY)
          .lineTo(writer.left + writer.contentWidth, ruleY)
          .stroke()
          .restore();
      }
    });
  }
}

/**
 * Builds a PDF in memory. pdfkit is loaded here, on first export, not at start-up
 * (it costs 100–200 ms to load).
 */
export async function createPdf(meta: PdfMeta, build: (pdf: PdfWriter) => void, options: PdfOptions): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const printedOn = options.printedOn ?? new Date();
  // pdfkit supports the PDF/UA subset; its type definitions only list PDF/A.
  const documentOptions: Omit<PDFKit.PDFDocumentOptions, 'subset'> & { subset: 'PDF/UA' } = {
    size: 'A4',
    margins: {
      top: pageLayout.margin,
      bottom: pageLayout.margin + pageLayout.footerGap,
      left: options.page?.marginLeft ?? pageLayout.margin,
      right: options.page?.marginRight ?? pageLayout.margin,
    },
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
      ModDate: printedOn,
    },
  };
  const doc = new PDFDocument(documentOptions as unknown as PDFKit.PDFDocumentOptions);
  for (const [name, data] of Object.entries(pdfFontData(pdfFontsDir(options.resourcesDir))))
    doc.registerFont(name, data);
  doc.font('regular');

  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  (doc as unknown as ParentTreeHolder).getStructParentTree().limits = false;
  const writer = new PdfWriter(doc, root, new Typesetter(doc));
  build(writer);
  writer.placeHeadings(0);
  root.end();
  finishPages(writer, meta, printedOn, options.page?.footerAlign ?? 'right');
  doc.end();
  return finished;
}
