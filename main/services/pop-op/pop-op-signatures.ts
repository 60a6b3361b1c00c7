import type { Plan } from '../../contract/pop-op-channels';
import type { PdfWriter } from '../pdf/pdf-writer';
import { drawSignatureForm } from '../pdf/signature-form';
import { formatLongDate } from './pop-op-labels';

const millimetre = 72 / 25.4;

/**
 * The signatures for the personnel file: per person name, function, date (the meeting date,
 * when the plan has one), place and 28 mm to sign in; boxes to tick instead of words to cross
 * out; room for the manager's remarks and the date of the next talk. Heading, explanation and
 * form stay on one page, right after the plan when they fit there.
 */
export function writeSignatures(pdf: PdfWriter, plan: Plan): void {
  const date = formatLongDate(plan.meetingDate);
  pdf.heading('Ondertekening', 2);
  pdf.paragraph('Vul de lege velden in, kruis per persoon aan wat van toepassing is en zet je handtekening.', {
    muted: true,
    keepWithNext: true,
  });
  drawSignatureForm(pdf, {
    parties: [
      {
        role: 'Medewerker',
        fields: [
          ['Naam', plan.employeeName],
          ['Functie', plan.jobTitle],
          ['Datum', date],
          ['Plaats', ''],
        ],
      },
      {
        role: 'Leidinggevende',
        fields: [
          ['Naam', plan.manager],
          ['Functie', ''],
          ['Datum', date],
          ['Plaats', ''],
        ],
      },
    ],
    ticks: ['voor gezien', 'voor akkoord'],
    signatureLabel: 'Handtekening',
    signatureHeight: 28 * millimetre,
    remarks: { label: 'Opmerkingen leidinggevende', lines: 4 },
    followUp: 'Volgend gesprek / evaluatie op:',
  });
}
