import { pdfFontData } from './pdf/pdf-font-data';
import { pdfFontsDir } from './pdf/pdf-fonts';
import type { PdfRenderer } from './pdf-jobs/pdf-worker-pool';

/**
 * In the PDF worker (see pdf-jobs/pdf-worker.ts): loads pdfkit, unpacks the PDF fonts and writes one throwaway page with each font, so the
 * first "PDF maken" is as quick as the later ones: loading pdfkit and compiling its font
 * code cost more than the export itself. Never throws: if anything fails here, the first
 * export simply does this work itself (and reports its own error, if there is one).
 */
export async function preloadPdfEngine(resourcesDir: string): Promise<void> {
  try {
    const { default: PDFDocument } = await import('pdfkit');
    const doc = new PDFDocument({ size: 'A4' });
    doc.on('data', () => {});
    for (const [name, data] of Object.entries(pdfFontData(pdfFontsDir(resourcesDir)))) {
      doc.registerFont(name, data).font(name).text('Werkboek');
    }
    doc.end();
  } catch {
    // Deliberately quiet: nothing depends on the preload.
  }
}

/**
 * Called by the shells once the first screen is up: after the current work (the start
 * screen's own requests first), the PDF worker starts and runs `preloadPdfEngine` there.
 */
export function preloadPdfEngineSoon(pdf: PdfRenderer): void {
  setImmediate(() => void pdf.warm());
}
