import type { Plan } from '../../contract/pop-op-channels';
import type { PdfWriter } from '../pdf/pdf-writer';
import { drawSignatureForm } from '../pdf/signature-form';
import { signatureParties, signatureWording } from './signature-wording';

const millimetre = 72 / 25.4;

/**
 * The signatures for the personnel file (wording in signature-wording.ts, shared with the Word
 * copy): per person name, function, date, place and a space to sign in; boxes to tick instead
 * of words to cross out; room for the manager's remarks and the date of the next talk. Heading,
 * explanation and form stay on one page, right after the plan when they fit there.
 */
export function writeSignatures(pdf: PdfWriter, plan: Plan): void {
  const wording = signatureWording;
  pdf.heading(wording.heading, 2);
  pdf.paragraph(wording.explanation, { muted: true, keepWithNext: true });
  drawSignatureForm(pdf, {
    parties: signatureParties(plan),
    ticks: wording.ticks,
    signatureLabel: wording.signatureLabel,
    signatureHeight: wording.signingSpaceMm * millimetre,
    remarks: wording.remarks,
    followUp: wording.followUp,
  });
}
