import type { Line } from './line-breaker';
import { cellPadding, styles, type TextStyle } from './pdf-style';
import { drawTable, type TableSpec } from './pdf-table';
import { linkAnnotation, type StructElement, structure } from './tagging';
import type { Typesetter } from './typesetter';

export type { TableColumn, TableSpec } from './pdf-table';

type HeadingLevel = 1 | 2 | 3;
const headingStyles = { 1: styles.h1, 2: styles.h2, 3: styles.h3 } as const;
const headingSpace = { before: { 1: 4, 2: 10, 3: 8 }, after: 4 } as const;
const url = /https?:\/\/[^\s)]+[^\s).,;:]/g;

/** A block kept with the next one: a heading, or a paragraph that introduces what follows. */
interface PendingBlock {
  lines: Line[];
  style: TextStyle;
  role: 'H1' | 'H2' | 'H3' | 'P';
  before: number;
  after: number;
  /** Headings get a bookmark. */
  outline?: { title: string; level: HeadingLevel };
}

/**
 * Lays out a tagged, accessible A4 document: every block is measured with the metrics it is
 * drawn with, headings stay with what follows, paragraphs break between lines without a
 * single widow or orphan line, and everything drawn is tagged content or an Artifact.
 */
export class PdfWriter {
  readonly left: number;
  readonly contentWidth: number;
  private pending: PendingBlock[] = [];
  private readonly outlines: PDFKit.PDFOutline[] = [];

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly root: StructElement,
    readonly type: Typesetter,
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

  get top(): number {
    return this.doc.page.margins.top;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get atPageTop(): boolean {
    return this.y <= this.top + 0.5;
  }

  /** Text made safe for the body font (see printableText). */
  clean(text: string): string {
    return this.type.clean(text, styles.body);
  }

  /** Starts a new page when fewer than `points` (plus any waiting heading) remain on this one. */
  ensureSpace(points: number): void {
    if (!this.atPageTop && this.y + this.pendingHeight() + points > this.bottom) this.pageBreak();
  }

  pageBreak(): void {
    this.doc.addPage();
    this.doc.x = this.left;
  }

  spacer(points: number): void {
    if (!this.atPageTop) this.y = Math.min(this.y + points, this.bottom);
  }

  /** A heading waits for the block after it, so the two land on the same page. */
  heading(text: string, level: HeadingLevel): void {
    const style = headingStyles[level];
    const title = this.type.clean(text, style);
    this.pending.push({
      lines: this.type.lines(title, this.contentWidth, style),
      style,
      role: `H${level}`,
      before: headingSpace.before[level],
      after: headingSpace.after,
      outline: { title, level },
    });
  }

  private pendingHeight(): number {
    return this.pending.reduce(
      (sum, block) => sum + block.before + this.linesHeight(block.lines.length, block.style) + block.after,
      0,
    );
  }

  /**
   * Draws the waiting headings (and paragraphs kept with the next block), on a new page when
   * they and the first `keep` points of the next block do not fit on this one. Every block
   * calls this before it draws.
   */
  placeHeadings(keep: number): void {
    if (this.pending.length === 0) return;
    this.ensureSpace(keep);
    for (const block of this.pending.splice(0)) {
      this.spacer(block.before);
      if (block.outline) this.addOutline(block.outline.title, block.outline.level);
      const element = structure(this.doc, block.role);
      this.root.add(element);
      this.flowLines(block.lines, block.style, this.left, element);
      element.end();
      this.spacer(block.after);
    }
  }

  /** A bookmark per heading, nested by level, pointing at the page the heading starts on. */
  private addOutline(title: string, level: HeadingLevel): void {
    const parent = level > 1 ? this.outlines[level - 2] : undefined;
    const item = (parent ?? this.doc.outline).addItem(title.length > 200 ? `${title.slice(0, 199)}…` : title);
    this.outlines[level - 1] = item;
    this.outlines.length = level;
  }

  /** Height of `lines` in `style`, for blocks that must stay together. */
  linesHeight(count: number, style: TextStyle = styles.body): number {
    return count * this.type.lineHeight(style);
  }

  /**
   * Draws lines top-down from the current position, breaking pages between lines: never a
   * single line of a block at the foot of a page (orphan) or at the top of the next (widow).
   * Each page's part becomes one marked-content sequence of `element`.
   */
  flowLines(
    lines: readonly Line[],
    style: TextStyle,
    x: number,
    element: StructElement,
    onChunk?: (top: number, first: boolean) => void,
  ): void {
    const lineHeight = this.type.lineHeight(style);
    const width = this.contentWidth - (x - this.left);
    let index = 0;
    while (index < lines.length) {
      const fit = Math.floor((this.bottom - this.y) / lineHeight + 1e-6);
      const remaining = lines.length - index;
      let take = remaining <= fit ? remaining : Math.min(fit, remaining - 2);
      if (take < Math.min(2, remaining)) {
        if (!this.atPageTop) {
          this.pageBreak();
          continue;
        }
        take = Math.max(1, Math.min(fit, remaining));
      }
      const top = this.y;
      const chunk = lines.slice(index, index + take);
      onChunk?.(top, index === 0);
      this.drawChunk(chunk, style, x, top, width, element);
      this.y = top + take * lineHeight;
      index += take;
      if (index < lines.length) this.pageBreak();
    }
  }

  /** One page's lines of a block; a URL on a line becomes a Link element with its annotation. */
  private drawChunk(
    chunk: readonly Line[],
    style: TextStyle,
    x: number,
    top: number,
    width: number,
    element: StructElement,
  ): void {
    const lineHeight = this.type.lineHeight(style);
    const hasLink = chunk.some((line) => line.some((run) => run.actual === undefined && /https?:\/\//.test(run.text)));
    if (!hasLink) {
      element.add(() => {
        chunk.forEach((line, index) => {
          this.type.drawLine(line, x, top + index * lineHeight, style, { width });
        });
      });
      return;
    }
    chunk.forEach((line, index) => {
      this.drawLineWithLinks(line, style, x, top + index * lineHeight, element);
    });
  }

  private drawLineWithLinks(line: Line, style: TextStyle, x: number, y: number, element: StructElement): void {
    const measure = this.type.measure(style);
    let left = x;
    for (const run of line) {
      const parts = run.actual === undefined ? splitUrls(run.text) : [{ text: run.text, link: false }];
      for (const part of parts) {
        const partLeft = left;
        const draw = () => this.type.drawLine([{ ...run, text: part.text }], partLeft, y, style);
        if (part.link) {
          const link = structure(this.doc, 'Link');
          element.add(link);
          link.add(draw);
          const box = { x: partLeft, y, width: measure(part.text), height: this.type.lineHeight(style) };
          linkAnnotation(this.doc, box, part.text, link);
          link.end();
        } else element.add(draw);
        left += measure(part.text);
      }
    }
  }

  /**
   * A paragraph; `keepWithNext` keeps it on the page of what follows, as a heading is (for
   * a question before its answer, an introduction before its list or table).
   */
  paragraph(text: string, options: { italic?: boolean; muted?: boolean; keepWithNext?: boolean } = {}): void {
    const style = paragraphStyle(options);
    const lines = this.type.lines(this.type.clean(text, style), this.contentWidth, style);
    if (options.keepWithNext && this.linesHeight(lines.length, style) < (this.bottom - this.top) / 3) {
      this.pending.push({ lines, style, role: 'P', before: 0, after: 6 });
      return;
    }
    this.placeHeadings(this.linesHeight(Math.min(lines.length, 2), style));
    const element = structure(this.doc, 'P');
    this.root.add(element);
    this.flowLines(lines, style, this.left, element);
    element.end();
    this.spacer(6);
  }

  bulletList(items: readonly string[]): void {
    if (items.length === 0) return;
    const indent = 14;
    const style = styles.body;
    const itemLines = items.map((item) =>
      this.type.lines(this.type.clean(item, style), this.contentWidth - indent, style),
    );
    this.placeHeadings(this.linesHeight(Math.min(itemLines[0]?.length ?? 1, 2), style));
    const list = structure(this.doc, 'L');
    this.root.add(list);
    for (const lines of itemLines) {
      const item = structure(this.doc, 'LI');
      list.add(item);
      const label = structure(this.doc, 'Lbl');
      const body = structure(this.doc, 'LBody');
      item.add(label);
      item.add(body);
      this.flowLines(lines, style, this.left + indent, body, (top, first) => {
        if (first) label.add(() => this.type.drawLine([{ text: '•' }], this.left, top, style));
      });
      label.end();
      body.end();
      item.end();
      this.spacer(2);
    }
    list.end();
    this.spacer(6);
  }

  /** Label/value pairs, e.g. name and organisation on a title page: a table whose labels are row headers. */
  keyValues(rows: readonly (readonly [string, string])[]): void {
    this.table({ columns: [{ header: '' }, { header: '' }], rows, headerRow: false, rowHeaders: true });
  }

  /** A table; see drawTable for how rows break across pages. */
  table(spec: TableSpec): void {
    drawTable(this, spec);
    this.spacer(10);
  }

  /**
   * A chart as a Figure with an Alt text that states what it shows (the same facts must also
   * be in the text). `draw` gets the top of the figure's box.
   */
  figure(alt: string, height: number, draw: (top: number) => void): void {
    this.placeHeadings(height);
    this.ensureSpace(height);
    const top = this.y;
    const element = structure(this.doc, 'Figure', {
      alt,
      bbox: [this.left, top, this.left + this.contentWidth, top + height],
      placement: 'Block',
    });
    this.root.add(element);
    element.add(() => draw(top));
    element.end();
    this.doc.x = this.left;
    this.y = top + height;
  }

  /** Space for the cell padding around `lines` lines of table text. */
  /** A heading, a one-line note and a table of `tableRows` rows stay on one page when they fit. */
  keepSectionTogether(tableRows: number): void {
    const heading = this.linesHeight(1, styles.h2) + 14;
    const note = this.linesHeight(1, styles.muted) + 6;
    this.ensureSpace(heading + note + this.cellHeight(1) * (tableRows + 1));
  }

  cellHeight(lines: number): number {
    return lines * this.type.lineHeight(styles.cell) + 2 * cellPadding;
  }
}

function paragraphStyle(options: { italic?: boolean; muted?: boolean }): TextStyle {
  if (options.italic) return options.muted ? styles.mutedItalic : styles.italic;
  return options.muted ? styles.muted : styles.body;
}

function splitUrls(text: string): { text: string; link: boolean }[] {
  const parts: { text: string; link: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(url)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), link: false });
    parts.push({ text: match[0], link: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), link: false });
  return parts;
}
