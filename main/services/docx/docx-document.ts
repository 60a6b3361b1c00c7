import type { Paragraph, Table } from 'docx';
import { type Docx, renderBlock } from './docx-render';
import { documentStyles, externalStylesXml, noteStyleId } from './docx-styles';
import { wordSafeText } from './docx-text';
import { DocxWriter } from './docx-writer';

/** The document properties Word shows under File > Info; no internal ids go in. */
export interface DocxMeta {
  title: string;
  subject: string;
  /** The person the document is about (the employee), shown as its author. */
  author?: string;
  /** Names the document at the top of every page from page 2, as the PDF's running header. */
  runningHeader?: string;
}

/** A4 with the margins of the PDFs; 25 mm on the left, so the printed copy can be hole-punched. */
const page = { width: 11906, height: 16838 };
const marginsMm = { top: 20, right: 20, bottom: 20, left: 25, header: 10, footer: 10 };

/**
 * An empty paragraph after every table: Word merges two tables that touch into one, wants a
 * paragraph after a table that ends the document, and the text after a table needs the room.
 */
function separateTables(docx: Docx, parts: (Paragraph | Table)[]): (Paragraph | Table)[] {
  return parts.flatMap((part) => (part instanceof docx.Table ? [part, new docx.Paragraph({})] : [part]));
}

function pageFooter(docx: Docx) {
  const { CURRENT, TOTAL_PAGES } = docx.PageNumber;
  return new docx.Footer({
    children: [
      new docx.Paragraph({
        style: noteStyleId,
        alignment: docx.AlignmentType.CENTER,
        children: [new docx.TextRun({ size: 18, children: ['Pagina ', CURRENT, ' van ', TOTAL_PAGES] })],
      }),
    ],
  });
}

function runningHeader(docx: Docx, text: string | undefined) {
  const children = text
    ? [new docx.Paragraph({ style: noteStyleId, children: [new docx.TextRun({ size: 18, text: wordSafeText(text) })] })]
    : [];
  return new docx.Header({ children });
}

/**
 * A Word document (.docx) from what `write` says it holds: Dutch (nl-NL) in the styles, Heading
 * 1–3, Normal and a table style, page numbers in the footer, the running header from page 2,
 * Word's Dutch hyphenation on, and every text stripped of characters XML cannot hold.
 */
export async function createDocx(meta: DocxMeta, write: (doc: DocxWriter) => void): Promise<Buffer> {
  const writer = new DocxWriter();
  write(writer);
  const docx = await import('docx');
  const mm = docx.convertMillimetersToTwip;
  const margin = Object.fromEntries(Object.entries(marginsMm).map(([side, value]) => [side, Math.round(mm(value))]));
  const textWidth = page.width - (margin.left ?? 0) - (margin.right ?? 0);
  const children = separateTables(
    docx,
    writer.blocks.flatMap((block) => renderBlock(docx, block, textWidth)),
  );
  const author = wordSafeText(meta.author ?? '');
  const document = new docx.Document({
    title: wordSafeText(meta.title),
    subject: wordSafeText(meta.subject),
    creator: author,
    lastModifiedBy: author,
    externalStyles: externalStylesXml,
    styles: documentStyles(),
    hyphenation: { autoHyphenation: true },
    sections: [
      {
        properties: { titlePage: true, page: { size: page, margin } },
        headers: { default: runningHeader(docx, meta.runningHeader), first: runningHeader(docx, undefined) },
        footers: { default: pageFooter(docx), first: pageFooter(docx) },
        children,
      },
    ],
  });
  return docx.Packer.toBuffer(document);
}
