import type { MeetingPreparation } from '../../contract/preparation-channels';
import {
  actionChangeLine,
  changesHeading,
  factorChangeLine,
  fieldChangeCells,
  lastMeetingLine,
  meetingDateLine,
  themeCells,
  writtenTalkingPoints,
} from '../../contract/preparation-format';
import { createPdf, type PdfOptions } from '../pdf/pdf-document';
import { styles } from '../pdf/pdf-style';
import type { PdfWriter } from '../pdf/pdf-writer';

export const preparationPdfSubject = 'Gespreksvoorbereiding bij het POP-OP';

function talkingPoints(pdf: PdfWriter, preparation: MeetingPreparation): void {
  pdf.heading('Mijn bespreekpunten', 2);
  const points = writtenTalkingPoints(preparation);
  if (points.length === 0) pdf.paragraph('Je hebt geen bespreekpunten opgeschreven.', { muted: true, italic: true });
  else pdf.keyValues(points.map((point) => [`Punt ${point.number}`, point.text]));
}

function actions(pdf: PdfWriter, preparation: MeetingPreparation): void {
  pdf.heading('Hoe staan mijn acties ervoor?', 2);
  if (preparation.actions.length === 0) {
    pdf.paragraph('Dit plan heeft nog geen acties.', { muted: true, italic: true });
    return;
  }
  pdf.table({
    columns: [{ header: 'Actie' }, { header: 'Met wie' }, { header: 'Uiterlijk' }, { header: 'Stand' }],
    rows: preparation.actions.map((action) => [
      `${action.number}. ${action.what}`,
      action.withWhom,
      action.dueDateText,
      action.progressText,
    ]),
  });
}

function changes(pdf: PdfWriter, preparation: MeetingPreparation): void {
  const { fields, actions: actionChanges, factors, count } = preparation.changes;
  pdf.heading(changesHeading(preparation), 2);
  if (count === 0) {
    pdf.paragraph('Er is niets veranderd sinds het vorige gesprek.', { muted: true, italic: true });
    return;
  }
  if (fields.length > 0) {
    pdf.table({
      columns: [{ header: 'Onderdeel' }, { header: 'Weggehaald' }, { header: 'Toegevoegd' }],
      rows: fields.map((field) => {
        const cells = fieldChangeCells(field);
        return [field.label, cells.removed, cells.added];
      }),
    });
  }
  if (actionChanges.length > 0) {
    pdf.heading('Acties', 3);
    pdf.bulletList(actionChanges.map(actionChangeLine));
  }
  if (factors.length > 0) {
    pdf.heading('Kansen en bedreigingen', 3);
    pdf.bulletList(factors.map(factorChangeLine));
  }
}

function selfAnalysis(pdf: PdfWriter, preparation: MeetingPreparation): void {
  // Five short rows: the heading (with its space above and below), its one-line note and the
  // whole table stay on one page.
  const heading = pdf.linesHeight(1, styles.h2) + 14;
  const note = pdf.linesHeight(1, styles.muted) + 6;
  pdf.ensureSpace(heading + note + pdf.cellHeight(1) * (preparation.themes.length + 1));
  pdf.heading('Mijn zelfanalyse sinds het vorige gesprek', 2);
  const filled = preparation.themes.filter((theme) => theme.atLastMeeting || theme.since.length > 0);
  if (filled.length === 0) {
    pdf.paragraph('Je hebt nog geen thema van de zelfanalyse helemaal ingevuld.', { muted: true, italic: true });
    return;
  }
  pdf.paragraph('Gemiddelde per thema, van 1 tot 4. Alleen helemaal ingevulde thema’s tellen mee.', {
    muted: true,
    keepWithNext: true,
  });
  pdf.table({
    columns: [{ header: 'Thema' }, { header: 'Bij vorig gesprek' }, { header: 'Nu' }, { header: 'Sinds vorige keer' }],
    rows: preparation.themes.map(themeCells),
  });
}

/** "Gespreksvoorbereiding: POP-OP 2027", the title of the PDF and the Word copy. */
export function preparationTitle(preparation: MeetingPreparation): string {
  return `Gespreksvoorbereiding: ${preparation.planTitle}`;
}

/** "Gespreksvoorbereiding · POP-OP 2027 · Ayşe Kovačević": on every page from page 2. */
export function preparationRunningHeader(preparation: MeetingPreparation): string {
  return ['Gespreksvoorbereiding', preparation.planTitle, preparation.employeeName.trim()].filter(Boolean).join(' · ');
}

/**
 * The Gespreksvoorbereiding as one or two A4 pages to take to the talk: the bespreekpunten,
 * where each action stands, what changed since the last meeting and the self-analysis since.
 * A pure function of the prepared data, like the other PDFs.
 */
export function preparationPdf(preparation: MeetingPreparation, options: PdfOptions): Promise<Buffer> {
  const title = preparationTitle(preparation);
  return createPdf(
    {
      title,
      subject: preparationPdfSubject,
      author: preparation.employeeName.trim() || undefined,
      runningHeader: preparationRunningHeader(preparation),
    },
    (pdf) => {
      pdf.heading(title, 1);
      pdf.keyValues([
        ['Naam', preparation.employeeName],
        ['Leidinggevende', preparation.manager],
        ['Gesprek op', meetingDateLine(preparation)],
        ['Vorig gesprek', lastMeetingLine(preparation)],
      ]);
      talkingPoints(pdf, preparation);
      actions(pdf, preparation);
      changes(pdf, preparation);
      selfAnalysis(pdf, preparation);
    },
    options,
  );
}

/** "Gespreksvoorbereiding POP-OP 2027 - Ayşe Kovačević.pdf" */
export function preparationFileName(preparation: MeetingPreparation): string {
  const name = preparation.employeeName.trim();
  const title = preparation.planTitle;
  return `Gespreksvoorbereiding ${title}${name && !title.includes(name) ? ` - ${name}` : ''}.pdf`;
}
