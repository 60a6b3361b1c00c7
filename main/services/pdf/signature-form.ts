import type { Line } from './line-breaker';
import { colours, styles, type TextStyle } from './pdf-style';
import type { PdfWriter } from './pdf-writer';
import { artifact, structure } from './tagging';

/** One person who signs: a heading ("Medewerker") and label/value fields. */
export interface SignatureParty {
  role: string;
  /** "Naam" and its value; an empty value gets a line to write on. */
  fields: readonly (readonly [string, string])[];
}

/**
 * A form to sign on paper: the parties side by side (fields, tick boxes, a space to sign),
 * then a box with writing lines and a date to fill in, the whole kept on one page.
 */
export interface SignatureFormSpec {
  parties: readonly SignatureParty[];
  /** Options to tick, e.g. "voor gezien" and "voor akkoord". */
  ticks: readonly string[];
  signatureLabel: string;
  /** Height of the space to sign in, in points. */
  signatureHeight: number;
  remarks: { label: string; lines: number };
  /** "Volgend gesprek / evaluatie op:", followed by a line to write the date on. */
  followUp: string;
}

const columnGap = 24;
/** Room below a filled-in line for the pen: a field is at least ~8 mm high. */
const fieldSpace = 8;
const tickBox = 9;
const writingLineGap = 22;
const blockGap = 10;

interface Measured {
  columnWidth: number;
  lineHeight: number;
  /** Each party's fields broken into lines. */
  fields: Line[][][];
  partyHeight: number;
  remarksHeight: number;
  total: number;
}

function measure(pdf: PdfWriter, spec: SignatureFormSpec): Measured {
  const columnWidth = (pdf.contentWidth - columnGap * (spec.parties.length - 1)) / spec.parties.length;
  const lineHeight = pdf.type.lineHeight(styles.body);
  const fields = spec.parties.map((party) =>
    party.fields.map(([label, value]) =>
      pdf.type.lines(pdf.clean(`${label}: ${value}`.trim()), columnWidth, styles.body),
    ),
  );
  const partyHeights = fields.map(
    (lines) =>
      pdf.type.lineHeight(styles.h3) +
      4 +
      lines.reduce((sum, field) => sum + field.length * lineHeight + fieldSpace, 0) +
      lineHeight +
      fieldSpace +
      lineHeight +
      spec.signatureHeight,
  );
  const partyHeight = Math.max(...partyHeights);
  const remarksHeight = lineHeight + 4 + spec.remarks.lines * writingLineGap + 6;
  const total = partyHeight + blockGap + remarksHeight + blockGap + lineHeight + fieldSpace;
  return { columnWidth, lineHeight, fields, partyHeight, remarksHeight, total };
}

/** A tagged block of lines (one structure element) drawn from `top`. */
function text(pdf: PdfWriter, role: string, lines: readonly Line[], x: number, top: number, style: TextStyle): void {
  const element = structure(pdf.doc, role);
  pdf.root.add(element);
  const lineHeight = pdf.type.lineHeight(style);
  element.add(() => {
    lines.forEach((line, index) => {
      pdf.type.drawLine(line, x, top + index * lineHeight, style);
    });
  });
  element.end();
}

function oneLine(pdf: PdfWriter, value: string, style: TextStyle = styles.body): Line[] {
  return pdf.type.lines(pdf.clean(value), pdf.contentWidth, style);
}

/** A line to write on, from `x1` to `x2` at height `y`. */
function writingLine(pdf: PdfWriter, x1: number, x2: number, y: number): void {
  artifact(pdf.doc, 'Layout', () => {
    pdf.doc.save().lineWidth(0.5).strokeColor(colours.rule).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  });
}

function frame(pdf: PdfWriter, x: number, y: number, width: number, height: number): void {
  artifact(pdf.doc, 'Layout', () => {
    pdf.doc.save().lineWidth(0.75).strokeColor(colours.rule).rect(x, y, width, height).stroke().restore();
  });
}

/**
 * The tick boxes: each box an Artifact, its label tagged text, so a reader hears "voor gezien"
 * and a person ticks the box on paper (no form field: the form is for the pen).
 */
function drawTicks(pdf: PdfWriter, ticks: readonly string[], x: number, top: number): void {
  const measureBody = pdf.type.measure(styles.body);
  const lineHeight = pdf.type.lineHeight(styles.body);
  let left = x;
  for (const label of ticks) {
    frame(pdf, left, top + (lineHeight - tickBox) / 2 - 1, tickBox, tickBox);
    const lines = oneLine(pdf, label);
    text(pdf, 'P', lines, left + tickBox + 5, top, styles.body);
    left += tickBox + 5 + measureBody(pdf.clean(label)) + 18;
  }
}

function drawParty(pdf: PdfWriter, spec: SignatureFormSpec, index: number, layout: Measured, top: number): void {
  const party = spec.parties[index];
  const fields = layout.fields[index];
  if (!party || !fields) return;
  const x = pdf.left + index * (layout.columnWidth + columnGap);
  const right = x + layout.columnWidth;
  const { lineHeight } = layout;
  let y = top;
  text(pdf, 'H3', oneLine(pdf, party.role, styles.h3), x, y, styles.h3);
  y += pdf.type.lineHeight(styles.h3) + 4;
  fields.forEach((lines, fieldIndex) => {
    text(pdf, 'P', lines, x, y, styles.body);
    const value = party.fields[fieldIndex]?.[1].trim() ?? '';
    if (value === '') {
      const labelWidth = pdf.type.measure(styles.body)(pdf.clean(`${party.fields[fieldIndex]?.[0] ?? ''}:`));
      writingLine(pdf, x + labelWidth + 6, right, y + lineHeight - 2);
    }
    y += lines.length * lineHeight + fieldSpace;
  });
  drawTicks(pdf, spec.ticks, x, y);
  y += lineHeight + fieldSpace;
  text(pdf, 'P', oneLine(pdf, `${spec.signatureLabel}:`), x, y, styles.body);
  y += lineHeight;
  frame(pdf, x, y, layout.columnWidth, spec.signatureHeight);
}

function drawRemarks(pdf: PdfWriter, remarks: SignatureFormSpec['remarks'], top: number, height: number): void {
  const lineHeight = pdf.type.lineHeight(styles.body);
  text(pdf, 'P', oneLine(pdf, remarks.label, styles.cellHeader), pdf.left, top, styles.cellHeader);
  const boxTop = top + lineHeight + 4;
  const boxHeight = height - lineHeight - 4;
  frame(pdf, pdf.left, boxTop, pdf.contentWidth, boxHeight);
  for (let line = 1; line <= remarks.lines; line += 1) {
    writingLine(pdf, pdf.left + 8, pdf.left + pdf.contentWidth - 8, boxTop + line * writingLineGap);
  }
}

/**
 * Draws the form on one page: on this page when it fits below what came before (with any
 * waiting heading), else at the top of the next, where the running header names the document.
 * Drawn column by column, so the text layer reads one person's part, then the other's.
 */
export function drawSignatureForm(pdf: PdfWriter, spec: SignatureFormSpec): void {
  const layout = measure(pdf, spec);
  pdf.placeHeadings(layout.total);
  pdf.ensureSpace(layout.total);
  const top = pdf.y;
  spec.parties.forEach((_, index) => {
    drawParty(pdf, spec, index, layout, top);
  });
  let y = top + layout.partyHeight + blockGap;
  drawRemarks(pdf, spec.remarks, y, layout.remarksHeight);
  y += layout.remarksHeight + blockGap;
  const followUp = oneLine(pdf, spec.followUp);
  text(pdf, 'P', followUp, pdf.left, y, styles.body);
  const followUpWidth = pdf.type.measure(styles.body)(pdf.clean(spec.followUp));
  writingLine(pdf, pdf.left + followUpWidth + 6, pdf.left + followUpWidth + 6 + 160, y + layout.lineHeight - 2);
  pdf.doc.x = pdf.left;
  pdf.y = top + layout.total;
}
