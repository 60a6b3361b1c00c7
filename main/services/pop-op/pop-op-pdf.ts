import { type Plan, type PlanAction, type PopOpTemplateView, planStatusLabels } from '../../contract/pop-op-channels';
import { createPdf } from '../pdf/pdf-document';
import type { PdfWriter } from '../pdf/pdf-writer';
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

/** "Doen, stelling 2": the statement as the user knows it, not its internal id. */
export function statementLabel(template: PopOpTemplateView, statementId: string): string {
  for (const group of template.statementGroups) {
    const index = group.statements.findIndex((statement) => statement.id === statementId);
    if (index >= 0) return `${group.themeTitle}, stelling ${index + 1}`;
  }
  return 'stelling';
}

function actionCell(action: PlanAction, index: number, template: PopOpTemplateView): string {
  const lines = [`${index + 1}. ${action.what.trim() || '(nog geen omschrijving)'}`];
  if (action.statementId) {
    lines.push(
      `Uit zelfanalyse (${statementLabel(template, action.statementId)}): “${action.statementText ?? 'stelling niet gevonden'}”`,
    );
  }
  if (action.carriedOverFrom) lines.push(`Overgenomen uit ${action.carriedOverFrom}`);
  return lines.join('\n');
}

export const actionColumns = [
  { header: 'Wat ga ik doen?' },
  { header: 'Met wie' },
  { header: 'Wanneer' },
  { header: 'Status' },
  { header: 'Resultaat of bewijs' },
];

export function actionRows(actions: readonly PlanAction[], template: PopOpTemplateView): string[][] {
  return actions.map((action, index) => [
    actionCell(action, index, template),
    action.withWhom,
    formatShortDate(action.dueDate),
    actionStatusLabels[action.status],
    action.result,
  ]);
}

/** "POP-OP 2027 · Ayşe Kovačević · versie 2 · Besproken": on every page from page 2. */
export function popOpRunningHeader(plan: Plan): string {
  const latest = plan.versions.at(-1);
  return [
    plan.title.trim() || 'POP-OP',
    plan.employeeName.trim(),
    latest ? `versie ${latest.number}` : '',
    planStatusLabels[plan.status],
  ]
    .filter(Boolean)
    .join(' · ');
}

function factorList(pdf: PdfWriter, title: string, items: readonly { text: string }[], emptyText: string): void {
  pdf.heading(title, 3);
  const texts = items.map((item) => item.text.trim()).filter((text) => text !== '');
  if (texts.length === 0) pdf.paragraph(emptyText, { muted: true, italic: true });
  else pdf.bulletList(texts);
}

function signatureBlock(pdf: PdfWriter, plan: Plan): void {
  // Heading, explanation and the whole signature table stay together on one page; a page
  // that starts with them still names the plan in its running header.
  pdf.ensureSpace(40 + pdf.linesHeight(2) + pdf.cellHeight(1) * 4 + pdf.cellHeight(4));
  pdf.heading('Ondertekening', 2);
  pdf.paragraph('Zet je handtekening en streep door wat niet van toepassing is: voor gezien of voor akkoord.', {
    muted: true,
  });
  pdf.table({
    columns: [{ header: 'Medewerker' }, { header: 'Leidinggevende' }],
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
  options: { resourcesDir: string; printedOn?: Date; appendix?: ProfileAppendix; meetingLine?: string },
): Promise<Buffer> {
  const title = plan.title.trim() || 'POP-OP';
  return createPdf(
    {
      title,
      subject: popOpPdfSubject,
      author: plan.employeeName.trim() || undefined,
      runningHeader: popOpRunningHeader(plan),
    },
    (pdf) => {
      pdf.heading(title, 1);
      pdf.paragraph(popOpPdfSubject, { muted: true });
      // The latest recorded meeting, under the title: "Besproken op 15 maart 2027 met …, voor akkoord".
      if (options.meetingLine) pdf.paragraph(options.meetingLine);
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
      const rows = actionRows(plan.actions, template);
      for (const question of template.questions) {
        const prompts = question.prompts.join(' ');
        // The question and its prompts stay with the start of the answer.
        pdf.heading(`${question.number}. ${question.title}`, 2);
        pdf.paragraph(prompts, { italic: true, muted: true, keepWithNext: true });
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
    options,
  );
}

/** "POP-OP 2027 - Ayşe Kovačević.pdf" */
export function popOpFileName(plan: Plan): string {
  const title = plan.title.trim() || 'POP-OP';
  const name = plan.employeeName.trim();
  return `${title}${name && !title.includes(name) ? ` - ${name}` : ''}.pdf`;
}
