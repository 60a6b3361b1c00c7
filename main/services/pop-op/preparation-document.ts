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
import type { DocumentWriter } from '../document/document-writer';

/**
 * The Gespreksvoorbereiding, written once: the PDF (preparation-pdf.ts) and the Word copy
 * (docx/preparation-docx.ts) both print it, so they never say different things.
 */

export const preparationPdfSubject = 'Gespreksvoorbereiding bij het POP-OP';

/** "Gespreksvoorbereiding: POP-OP 2027", the title of the PDF and the Word copy. */
export function preparationTitle(preparation: MeetingPreparation): string {
  return `Gespreksvoorbereiding: ${preparation.planTitle}`;
}

/** "Gespreksvoorbereiding · POP-OP 2027 · Ayşe Kovačević": on every page from page 2. */
export function preparationRunningHeader(preparation: MeetingPreparation): string {
  return ['Gespreksvoorbereiding', preparation.planTitle, preparation.employeeName.trim()].filter(Boolean).join(' · ');
}

function talkingPoints(doc: DocumentWriter, preparation: MeetingPreparation): void {
  doc.heading('Mijn bespreekpunten', 2);
  const points = writtenTalkingPoints(preparation);
  if (points.length === 0) doc.paragraph('Je hebt geen bespreekpunten opgeschreven.', { muted: true, italic: true });
  else doc.keyValues(points.map((point) => [`Punt ${point.number}`, point.text]));
}

function actions(doc: DocumentWriter, preparation: MeetingPreparation): void {
  doc.heading('Hoe staan mijn acties ervoor?', 2);
  if (preparation.actions.length === 0) {
    doc.paragraph('Dit plan heeft nog geen acties.', { muted: true, italic: true });
    return;
  }
  doc.table({
    columns: [
      // "15 september 2027" fits its column on one line.
      { header: 'Actie', weight: 38 },
      { header: 'Met wie', weight: 20 },
      { header: 'Uiterlijk', weight: 25 },
      { header: 'Stand', weight: 17 },
    ],
    rows: preparation.actions.map((action) => [
      `${action.number}. ${action.what}`,
      action.withWhom,
      action.dueDateText,
      action.progressText,
    ]),
  });
}

function changes(doc: DocumentWriter, preparation: MeetingPreparation): void {
  const { fields, actions: actionChanges, factors, count } = preparation.changes;
  doc.heading(changesHeading(preparation), 2);
  if (count === 0) {
    doc.paragraph('Er is niets veranderd sinds het vorige gesprek.', { muted: true, italic: true });
    return;
  }
  if (fields.length > 0) {
    doc.table({
      columns: [
        { header: 'Onderdeel', weight: 2 },
        { header: 'Weggehaald', weight: 3 },
        { header: 'Toegevoegd', weight: 3 },
      ],
      rows: fields.map((field) => {
        const cells = fieldChangeCells(field);
        return [field.label, cells.removed, cells.added];
      }),
    });
  }
  if (actionChanges.length > 0) {
    doc.heading('Acties', 3);
    doc.bulletList(actionChanges.map(actionChangeLine));
  }
  if (factors.length > 0) {
    doc.heading('Kansen en bedreigingen', 3);
    doc.bulletList(factors.map(factorChangeLine));
  }
}

function selfAnalysis(doc: DocumentWriter, preparation: MeetingPreparation): void {
  // Five short rows: the heading, its one-line note and the whole table stay on one page.
  doc.keepSectionTogether(preparation.themes.length);
  doc.heading('Mijn zelfanalyse sinds het vorige gesprek', 2);
  const filled = preparation.themes.filter((theme) => theme.atLastMeeting || theme.since.length > 0);
  if (filled.length === 0) {
    doc.paragraph('Je hebt nog geen thema van de zelfanalyse helemaal ingevuld.', { muted: true, italic: true });
    return;
  }
  doc.paragraph('Gemiddelde per thema, van 1 tot 4. Alleen helemaal ingevulde thema’s tellen mee.', {
    muted: true,
    keepWithNext: true,
  });
  doc.table({
    // The theme's title gets the most room: "Organisatieverandering" stays one word.
    columns: [
      { header: 'Thema', weight: 30 },
      { header: 'Bij vorig gesprek', weight: 23 },
      { header: 'Nu', weight: 21 },
      { header: 'Sinds vorige keer', weight: 26 },
    ],
    rows: preparation.themes.map(themeCells),
  });
}

/** The whole preparation: the title, who and when, then the four sections. */
export function writePreparation(doc: DocumentWriter, preparation: MeetingPreparation): void {
  doc.heading(preparationTitle(preparation), 1);
  doc.keyValues([
    ['Naam', preparation.employeeName],
    ['Leidinggevende', preparation.manager],
    ['Gesprek op', meetingDateLine(preparation)],
    ['Vorig gesprek', lastMeetingLine(preparation)],
  ]);
  talkingPoints(doc, preparation);
  actions(doc, preparation);
  changes(doc, preparation);
  selfAnalysis(doc, preparation);
}

/** "Gespreksvoorbereiding POP-OP 2027 - Ayşe Kovačević.pdf" */
export function preparationFileName(preparation: MeetingPreparation): string {
  const name = preparation.employeeName.trim();
  const title = preparation.planTitle;
  return `Gespreksvoorbereiding ${title}${name && !title.includes(name) ? ` - ${name}` : ''}.pdf`;
}
