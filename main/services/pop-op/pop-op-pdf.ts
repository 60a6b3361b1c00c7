import type { Plan, PlanAction, PopOpTemplateView } from '../../contract/pop-op-channels';
import { createPdf, type PdfWriter } from '../pdf/pdf-writer';
import { actionStatusLabels, formatLongDate, formatShortDate, planStatusLine } from './pop-op-labels';
import { type ProfileAppendix, writeProfileAppendix } from './profile-appendix';

export const popOpPdfSubject = 'Persoonlijk OntwikkelPlan OverheidsParticipatie';

/** A text answer as paragraphs: blank lines separate paragraphs, single line breaks stay. */
function answer(pdf: PdfWriter, text: string, emptyText: string): void {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+$/, ''))
    .filter((part) => part.trim() !== '');
  if (paragraphs.length === 0) pdf.paragraph(emptyText, { muted: true, italic: true });
  for (const paragraph of paragraphs) pdf.paragraph(paragraph);
}

function actionCell(action: PlanAction, index: number): string {
  const lines = [`${index + 1}. ${action.what.trim() || '(nog geen omschrijving)'}`];
  if (action.statementId) {
    lines.push(`Uit zelfanalyse (${action.statementId}): “${action.statementText ?? 'stelling niet gevonden'}”`);
  }
  if (action.carriedOverFrom) lines.push(`Overgenomen uit ${action.carriedOverFrom}`);
  return lines.join('\n');
}

const actionColumns = [
  { header: 'Wat ga ik doen?', width: 0.33 },
  // Wide enough for "15-09-2027" and "Geschrapt" on one line (measured in IBM Plex Sans 10.5 pt).
  { header: 'Met wie', width: 0.15 },
  { header: 'Wanneer', width: 0.15 },
  { header: 'Status', width: 0.13 },
  { header: 'Resultaat of bewijs', width: 0.24 },
];

function actionRows(actions: readonly PlanAction[]): string[][] {
  return actions.map((action, index) => [
    actionCell(action, index),
    action.withWhom,
    formatShortDate(action.dueDate),
    actionStatusLabels[action.status],
    action.result,
  ]);
}

/** Height of a table row as the writer draws it (body text 10.5 pt, 5 pt padding), capped at half a page. */
function rowHeight(pdf: PdfWriter, cells: readonly string[]): number {
  pdf.doc.font('regular').fontSize(10.5);
  const heights = cells.map((cell, index) =>
    pdf.doc.heightOfString(pdf.clean(cell) || ' ', {
      width: (actionColumns[index]?.width ?? 0) * pdf.contentWidth - 10,
    }),
  );
  return Math.min(Math.max(...heights) + 10, 380);
}

/**
 * Starts a new page unless the question's heading, its prompts and the first lines (or the
 * first table row) fit on this one: a heading never stands alone at the bottom of a page.
 */
function keepQuestionTogether(pdf: PdfWriter, prompts: string, following: number): void {
  pdf.doc.font('italic').fontSize(10.5);
  const promptHeight = pdf.doc.heightOfString(prompts, { width: pdf.contentWidth, lineGap: 2 });
  pdf.ensureSpace(40 + promptHeight + following);
}

function factorList(pdf: PdfWriter, title: string, items: readonly { text: string }[], emptyText: string): void {
  pdf.heading(title, 3);
  const texts = items.map((item) => item.text.trim()).filter((text) => text !== '');
  if (texts.length === 0) pdf.paragraph(emptyText, { muted: true, italic: true });
  else pdf.bulletList(texts);
}

function signatureBlock(pdf: PdfWriter, plan: Plan): void {
  // Heading, explanation and the whole signature table stay together on one page.
  pdf.ensureSpace(260);
  pdf.heading('Ondertekening', 2);
  pdf.paragraph('Zet je handtekening en streep door wat niet van toepassing is: voor gezien of voor akkoord.', {
    muted: true,
  });
  pdf.table({
    columns: [
      { header: 'Medewerker', width: 0.5 },
      { header: 'Leidinggevende', width: 0.5 },
    ],
    rows: [
      [`Naam: ${plan.employeeName}`, `Naam: ${plan.manager}`],
      ['Datum:', 'Datum:'],
      ['Handtekening:\n\n\n', 'Handtekening:\n\n\n'],
      ['Voor gezien / voor akkoord', 'Voor gezien / voor akkoord'],
    ],
  });
}

/**
 * The POP-OP for the appraisal meeting: profile, the five questions, actions as a table,
 * signatures, and when asked the latest self-analysis profile as an appendix.
 */
export function popOpPdf(
  plan: Plan,
  template: PopOpTemplateView,
  options: { printedOn?: Date; appendix?: ProfileAppendix } = {},
): Promise<Buffer> {
  const title = plan.title.trim() || 'POP-OP';
  return createPdf(
    { title, subject: popOpPdfSubject, author: plan.employeeName.trim() || undefined },
    (pdf) => {
      pdf.heading(title, 1);
      pdf.paragraph(popOpPdfSubject, { muted: true });
      pdf.keyValues([
        ['Naam', plan.employeeName],
        ['Functie', plan.jobTitle],
        ['Organisatie', plan.organisation],
        ['Afdeling', plan.department],
        ['Leidinggevende', plan.manager],
        ['Periode', plan.period],
        ['Datum gesprek', formatLongDate(plan.meetingDate)],
        ['Status', planStatusLine(plan)],
      ]);
      const rows = actionRows(plan.actions);
      for (const question of template.questions) {
        const prompts = question.prompts.join(' ');
        const firstRow = rows[0];
        const following =
          question.id === 'doen' && firstRow ? 30 + rowHeight(pdf, firstRow) : question.id === 'kansen' ? 70 : 40;
        keepQuestionTogether(pdf, prompts, following);
        pdf.heading(`${question.number}. ${question.title}`, 2);
        pdf.paragraph(prompts, { italic: true, muted: true });
        if (question.id === 'doen') {
          if (rows.length === 0) pdf.paragraph('Nog geen acties.', { muted: true, italic: true });
          else pdf.table({ columns: actionColumns, rows });
        } else if (question.id === 'kansen') {
          factorList(pdf, 'Kansen: wat of wie geeft mij vaart?', plan.kansen, 'Geen kansen genoteerd.');
          factorList(
            pdf,
            'Bedreigingen: wat of wie houdt mij tegen?',
            plan.bedreigingen,
            'Geen bedreigingen genoteerd.',
          );
        } else answer(pdf, plan[question.id], 'Nog niet ingevuld.');
      }
      signatureBlock(pdf, plan);
      if (options.appendix) writeProfileAppendix(pdf, options.appendix);
    },
    options.printedOn,
  );
}

/** "POP-OP 2027 - Ayşe Kovačević.pdf" */
export function popOpFileName(plan: Plan): string {
  const title = plan.title.trim() || 'POP-OP';
  const name = plan.employeeName.trim();
  return `${title}${name && !title.includes(name) ? ` - ${name}` : ''}.pdf`;
}
