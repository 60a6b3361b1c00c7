import { writeFileSync } from 'node:fs';

const cuts = ['regular', 'italic', 'semibold', 'bold'] as const;
const line = 'Ik werk samen met inwoners die zelf een initiatief nemen en zoek de collega’s die helpen. ';

/**
 * The PDF baseline: a plain pdfkit A4 document with the same four embedded font cuts and
 * the given number of pages of text, written to `outFile`. No tags, tables or footers:
 * what pdfkit itself costs for a document of this size.
 */
export async function writeBarePdf(fonts: Record<(typeof cuts)[number], string>, pages: number, outFile: string) {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 60 });
  for (const cut of cuts) doc.registerFont(cut, fonts[cut]);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (let page = 1; page <= pages; page += 1) {
    if (page > 1) doc.addPage();
    doc.font('bold').fontSize(20).text(`Pagina ${page}`);
    for (const cut of cuts) doc.font(cut).fontSize(10.5).text(line.repeat(6)).moveDown();
  }
  doc.end();
  await done;
  writeFileSync(outFile, Buffer.concat(chunks));
}

/** The number of pages in a PDF pdfkit wrote (it writes every page object uncompressed). */
export function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}
