import type { Plan } from '../../contract/pop-op-channels';
import type { DocumentWriter } from '../document/document-writer';
import { formatLongDate, planStatusLine } from './pop-op-labels';

export const popOpPdfSubject = 'Persoonlijk OntwikkelPlan OverheidsParticipatie';

/**
 * The top of the POP-OP, the same in the PDF and in the Word copy: the title, what the
 * document is, the latest recorded meeting ("Besproken op 15 maart 2027 met …, voor akkoord")
 * and who, where and when.
 */
export function writePlanHeading(doc: DocumentWriter, plan: Plan, title: string, meetingLine?: string): void {
  doc.heading(title, 1);
  doc.paragraph(popOpPdfSubject, { muted: true });
  if (meetingLine) doc.paragraph(meetingLine);
  doc.keyValues([
    ['Naam', plan.employeeName],
    ['Functie', plan.jobTitle],
    ['Organisatie', plan.organisation],
    ['Afdeling', plan.department],
    ['Leidinggevende', plan.manager],
    ['Periode', plan.period],
    ['Datum gesprek', formatLongDate(plan.meetingDate)],
    ['Status', planStatusLine(plan)],
  ]);
}
