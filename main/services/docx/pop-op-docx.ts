import type { Plan, PopOpTemplateView } from '../../contract/pop-op-channels';
import { formatAverage, formatDate } from '../../contract/self-analysis-format';
import { markdownAsPrintText } from '../pdf/pdf-text';
import { popOpPdfSubject, writePlanHeading } from '../pop-op/pop-op-document';
import { actionColumns, actionRows, popOpFileName, popOpRunningHeader } from '../pop-op/pop-op-pdf';
import { type ProfileAppendix, profileAppendixHeading } from '../pop-op/profile-appendix';
import { signatureParties, signatureWording } from '../pop-op/signature-wording';
import { createDocx } from './docx-document';
import type { DocxWriter } from './docx-writer';

/** The action table's columns as in the PDF; what was done and its result get the most room. */
const actionWeights = [31, 14, 16, 14, 25];

function factorList(doc: DocxWriter, title: string, items: readonly { text: string }[], emptyText: string): void {
  doc.heading(title, 3);
  const texts = items.map((item) => item.text.trim()).filter((text) => text !== '');
  if (texts.length === 0) doc.paragraph(emptyText, { muted: true, italic: true });
  else doc.bulletList(texts);
}

/** The five questions in the template's order, each with its prompts and the plan's answer. */
function questions(doc: DocxWriter, plan: Plan, template: PopOpTemplateView): void {
  const rows = actionRows(plan.actions, template);
  for (const question of template.questions) {
    doc.heading(`${question.number}. ${question.title}`, 2);
    doc.paragraph(question.prompts.join(' '), { muted: true, italic: true, keepWithNext: true });
    if (question.id === 'doen') {
      if (rows.length === 0) doc.paragraph('Nog geen acties.', { muted: true, italic: true });
      else
        doc.table({
          columns: actionColumns.map((column, index) => ({ ...column, weight: actionWeights[index] })),
          rows,
        });
    } else if (question.id === 'kansen') {
      factorList(doc, 'Kansen: wat of wie geeft mij vaart?', plan.kansen, 'Geen kansen genoteerd.');
      factorList(doc, 'Bedreigingen: wat of wie houdt mij tegen?', plan.bedreigingen, 'Geen bedreigingen genoteerd.');
    } else if (plan[question.id].trim() === '') doc.paragraph('Nog niet ingevuld.', { muted: true, italic: true });
    else doc.paragraph(plan[question.id]);
  }
}

/** For the personnel file: the PDF's form (signature-wording.ts), with Word's table and ruled lines. */
function signatures(doc: DocxWriter, plan: Plan): void {
  const { heading, explanation, ticks, signatureLabel, signingSpaceMm, remarks, followUp } = signatureWording;
  doc.heading(heading, 2);
  doc.paragraph(explanation, { muted: true, keepWithNext: true });
  doc.signatures({ parties: signatureParties(plan), ticks, signatureLabel, signingSpaceMm });
  doc.heading(remarks.label, 3);
  doc.writingLines(remarks.lines);
  doc.paragraph(`${followUp} ______________________`);
}

/** The profile's numbers as in the PDF's appendix; the radar chart stays in the PDF. */
function appendix(doc: DocxWriter, { profile, reading }: ProfileAppendix): void {
  doc.pageBreak();
  doc.heading(profileAppendixHeading, 2);
  doc.keyValues([
    ...(profile.runName ? [['Zelfanalyse', profile.runName] as const] : []),
    ['Ingevuld op', formatDate(profile.createdAt)],
  ]);
  doc.paragraph(
    markdownAsPrintText(reading)
      .split(/\n\s*\n/)[0]
      ?.trim() ?? '',
    { italic: true },
  );
  doc.table({
    columns: [
      { header: 'Thema', weight: 2 },
      { header: 'Gemiddelde (1–4)', weight: 1 },
      { header: 'Zo lees je de score', weight: 4 },
    ],
    rows: profile.themes.map((theme) => [theme.themeTitle, formatAverage(theme.average), theme.reading]),
  });
}

/**
 * The POP-OP as a Word document for the HR system: the same content and headings as the PDF
 * (profile, the latest meeting, the five questions, the actions as a table, signatures, the
 * profile appendix when asked), editable.
 */
export function popOpDocx(
  plan: Plan,
  template: PopOpTemplateView,
  options: { appendix?: ProfileAppendix; meetingLine?: string } = {},
) {
  const title = plan.title.trim() || 'POP-OP';
  return createDocx(
    {
      title,
      subject: popOpPdfSubject,
      author: plan.employeeName.trim() || undefined,
      runningHeader: popOpRunningHeader(plan),
    },
    (doc) => {
      writePlanHeading(doc, plan, title, options.meetingLine);
      questions(doc, plan, template);
      signatures(doc, plan);
      if (options.appendix) appendix(doc, options.appendix);
    },
  );
}

/** "POP-OP 2027 - Ayşe Kovačević.docx": the PDF's name with Word's extension. */
export function popOpDocxFileName(plan: Plan): string {
  return popOpFileName(plan).replace(/\.pdf$/, '.docx');
}
