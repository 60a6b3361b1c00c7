/** A column of a table: its header and its share of the width (relative; equal when left out). */
export interface DocxColumn {
  header: string;
  weight?: number;
}

/** One signer's part of the signature block: "Medewerker" with name, function, date, place. */
export interface SignatureParty {
  role: string;
  fields: readonly (readonly [label: string, value: string])[];
}

/** A form to sign on paper: per party its fields, tick boxes, then a framed space to sign in. */
export interface SignatureForm {
  parties: readonly SignatureParty[];
  /** "voor gezien", "voor akkoord": each a ☐ to tick. */
  ticks: readonly string[];
  /** "Handtekening", printed with a colon above the signing space. */
  signatureLabel: string;
  signingSpaceMm: number;
}

/** What a document holds, in order: plain data, turned into Word's XML by docx-render.ts. */
export type DocxBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string; muted: boolean; italic: boolean; keepWithNext: boolean }
  | { kind: 'bullets'; items: readonly string[] }
  | { kind: 'keyValues'; pairs: readonly (readonly [string, string])[] }
  | { kind: 'table'; columns: readonly DocxColumn[]; rows: readonly (readonly string[])[] }
  | ({ kind: 'signatures' } & SignatureForm)
  | { kind: 'writingLines'; count: number }
  | { kind: 'pageBreak' };

export interface ParagraphOptions {
  /** Grey, as the explanations and empty answers in the PDF (the style "Toelichting"). */
  muted?: boolean;
  italic?: boolean;
  /** Keeps the paragraph on the page of the next one (a question with its answer). */
  keepWithNext?: boolean;
}

/**
 * Says what a Word document holds, the way PdfWriter does for a PDF: headings, paragraphs,
 * lists, label/value pairs, tables, signature lines. A feature's docx file only calls these;
 * styles, language, page numbers and XML safety are handled once, in createDocx.
 */
export class DocxWriter {
  readonly blocks: DocxBlock[] = [];

  heading(text: string, level: 1 | 2 | 3): void {
    this.blocks.push({ kind: 'heading', text, level });
  }

  /** A text as paragraphs: blank lines separate paragraphs, single line breaks stay. */
  paragraph(text: string, options: ParagraphOptions = {}): void {
    this.blocks.push({
      kind: 'paragraph',
      text,
      muted: options.muted ?? false,
      italic: options.italic ?? false,
      keepWithNext: options.keepWithNext ?? false,
    });
  }

  bulletList(items: readonly string[]): void {
    this.blocks.push({ kind: 'bullets', items });
  }

  /** Label/value rows without column names ("Naam", "Functie", …); the labels bold. */
  keyValues(pairs: readonly (readonly [string, string])[]): void {
    this.blocks.push({ kind: 'keyValues', pairs });
  }

  /** A table whose header row Word repeats on every page the table runs onto. */
  table(table: { columns: readonly DocxColumn[]; rows: readonly (readonly string[])[] }): void {
    this.blocks.push({ kind: 'table', ...table });
  }

  /** Side by side per party: its fields, tick boxes ("voor gezien", "voor akkoord"), a signing space. */
  signatures(form: SignatureForm): void {
    this.blocks.push({ kind: 'signatures', ...form });
  }

  /** Empty ruled lines to write on by hand. */
  writingLines(count: number): void {
    this.blocks.push({ kind: 'writingLines', count });
  }

  pageBreak(): void {
    this.blocks.push({ kind: 'pageBreak' });
  }

  /** Word keeps a table's rows with their header by itself (cantSplit, tblHeader): nothing to do. */
  keepSectionTogether(_tableRows: number): void {}
}
