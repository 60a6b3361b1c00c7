export type StructElement = PDFKit.PDFStructureElement;

/** What pdfkit 0.20 accepts for a structure element; its type definitions list only part of it. */
export interface StructOptions {
  alt?: string;
  /** TH only: which cells the header belongs to. */
  scope?: 'Column' | 'Row';
  /** Figure: its box on the page (left, top, right, bottom), required for PDF/UA. */
  bbox?: [number, number, number, number];
  placement?: 'Block';
}

/** A structure element with the options pdfkit supports but does not type. */
export function structure(doc: PDFKit.PDFDocument, type: string, options: StructOptions = {}): StructElement {
  return doc.struct(type, options as Parameters<PDFKit.PDFDocument['struct']>[1]);
}

/**
 * Draws decoration (borders, shading, rules, repeated header rows, running header and
 * footer) as an Artifact: not content, so screen readers skip it and PDF/UA checkers find
 * no untagged painting. Must be called between structure contents, never inside one.
 */
export function artifact(doc: PDFKit.PDFDocument, type: 'Layout' | 'Pagination', draw: () => void): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** A link annotation tied to its Link structure element (PDF/UA: annotations are tagged). */
export function linkAnnotation(
  doc: PDFKit.PDFDocument,
  box: { x: number; y: number; width: number; height: number },
  url: string,
  link: StructElement,
): void {
  const options = { structParent: link, Contents: new String(url) };
  doc.link(box.x, box.y, box.width, box.height, url, options as unknown as PDFKit.Mixins.AnnotationOption);
}
