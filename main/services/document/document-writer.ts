/**
 * What a document says, whatever it is printed as: the part that PdfWriter (main/services/pdf)
 * and DocxWriter (main/services/docx) have in common. A document written against this
 * interface comes out as a PDF and as a Word copy with the same content, headings and wording.
 */
export interface DocumentWriter {
  heading(text: string, level: 1 | 2 | 3): void;
  paragraph(text: string, options?: { muted?: boolean; italic?: boolean; keepWithNext?: boolean }): void;
  bulletList(items: readonly string[]): void;
  /** Label/value rows without column names; the labels are row headers. */
  keyValues(pairs: readonly (readonly [string, string])[]): void;
  /**
   * A table with a header row. `weight` is a column's share of the width for a format that
   * needs fixed columns (Word); the PDF measures the content and ignores it.
   */
  table(table: { columns: readonly { header: string; weight?: number }[]; rows: readonly (readonly string[])[] }): void;
  /**
   * Keeps the next heading, a one-line note under it and a table of `tableRows` rows on one
   * page when they fit (the PDF moves them to the next page; Word keeps rows by itself).
   */
  keepSectionTogether(tableRows: number): void;
}
