import { type Plan, type PlanAction, type PopOpTemplateView, planStatusLabels } from '../../contract/pop-op-channels';
import { drawLetterhead } from '../pdf/letterhead';
import { createPdf, type PageOptions } from '../pdf/pdf-document';
import type { PdfWriter } from '../pdf/pdf-writer';
import { popOpPdfSubject, writePlanHeading } from './pop-op-document';
import { actionStatusLabels, formatShortDate } from './pop-op-labels';
import { writeSignatures } from './pop-op-signatures';
import { type ProfileAppendix, writeProfileAppendix } from './profile-appendix';

export const confidentialMarking = 'Vertrouwelijk – personeelsdossier';

/** What Instellingen adds to a printed plan; the builder gets it as data, never from the database. */
export interface PopOpPrintSettings {
  confidential: boolean;
  /** The organisation's logo (PNG or JPEG, checked when it was stored). */
  logo: { bytes: Uint8Array; width: number; height: number } | null;
}

const millimetre = 72 / 25.4;
/**
 * The plan goes into a binder: 26 mm at both sides, so holes punched on the front or the
 * back of a duplex sheet miss the text, and page numbers centred, the same on both sides.
 */
const popOpPage: PageOptions = { marginLeft: 26 * millimetre, marginRight: 26 * millimetre, footerAlign: 'center' };

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

/** "POP-OP 2027 · Ayşe Kovačević · versie 2 · Besproken": on every page from page 2 (after the marking, when asked). */
export function popOpRunningHeader(plan: Plan, confidential = false): string {
  const latest = plan.versions.at(-1);
  return [
    confidential ? confidentialMarking : '',
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

/**
 * The POP-OP for the appraisal meeting: profile, the five questions, actions as a table,
 * signatures, and when asked the latest self-analysis profile as an appendix.
 */
export function popOpPdf(
  plan: Plan,
  template: PopOpTemplateView,
  options: {
    resourcesDir: string;
    printedOn?: Date;
    appendix?: ProfileAppendix;
    meetingLine?: string;
    print?: PopOpPrintSettings;
  },
): Promise<Buffer> {
  const title = plan.title.trim() || 'POP-OP';
  const confidential = options.print?.confidential ?? false;
  const logo = options.print?.logo ?? null;
  const organisation = plan.organisation.trim();
  return createPdf(
    {
      title,
      subject: popOpPdfSubject,
      author: plan.employeeName.trim() || undefined,
      runningHeader: popOpRunningHeader(plan, confidential),
    },
    (pdf) => {
      drawLetterhead(pdf, {
        marking: confidential ? confidentialMarking : undefined,
        logo: logo
          ? { ...logo, alt: organisation ? `Logo van ${organisation}` : 'Logo van de organisatie' }
          : undefined,
        name: organisation,
      });
      writePlanHeading(pdf, plan, title, options.meetingLine);
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
      writeSignatures(pdf, plan);
      if (options.appendix) writeProfileAppendix(pdf, options.appendix);
    },
    { resourcesDir: options.resourcesDir, printedOn: options.printedOn, page: popOpPage },
  );
}

/** "POP-OP 2027 - Ayşe Kovačević.pdf" */
export function popOpFileName(plan: Plan): string {
  const title = plan.title.trim() || 'POP-OP';
  const name = plan.employeeName.trim();
  return `${title}${name && !title.includes(name) ? ` - ${name}` : ''}.pdf`;
}
