import type { Plan } from '../../contract/pop-op-channels';
import { formatLongDate } from './pop-op-labels';

/** One person who signs: a heading ("Medewerker") and label/value fields ("Naam", the name). */
export interface SignatureParty {
  role: string;
  /** An empty value gets a line (PDF) or room (Word) to write on. */
  fields: readonly (readonly [label: string, value: string])[];
}

/**
 * The wording of the POP-OP's signature form for the personnel file, one for the PDF
 * (pop-op-signatures.ts) and the Word copy (pop-op-docx.ts), so both ask for the same things
 * in the same order.
 */
export const signatureWording = {
  heading: 'Ondertekening',
  explanation: 'Vul de lege velden in, kruis per persoon aan wat van toepassing is en zet je handtekening.',
  ticks: ['voor gezien', 'voor akkoord'],
  signatureLabel: 'Handtekening',
  /** Within the 25–30 mm a personnel file asks for. */
  signingSpaceMm: 28,
  remarks: { label: 'Opmerkingen leidinggevende', lines: 4 },
  followUp: 'Volgend gesprek / evaluatie op:',
} as const;

/** Employee and manager: name, function, date (the meeting date, when the plan has one), place. */
export function signatureParties(plan: Plan): SignatureParty[] {
  const date = formatLongDate(plan.meetingDate);
  return [
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
      // The plan keeps the manager's name, not their function: that line is left to write on.
      role: 'Leidinggevende',
      fields: [
        ['Naam', plan.manager],
        ['Functie', ''],
        ['Datum', date],
        ['Plaats', ''],
      ],
    },
  ];
}

/** A field as printed: "Naam: Ayşe Kovačević", or "Plaats:" when it is left to fill in. */
export function signatureFieldText([label, value]: readonly [string, string]): string {
  return `${label}: ${value}`.trim();
}

/** Every text of the form in reading order, one person's part after the other's: what both files carry. */
export function signatureTexts(plan: Plan): string[] {
  const { heading, explanation, ticks, signatureLabel, remarks, followUp } = signatureWording;
  const parties = signatureParties(plan).flatMap((party) => [
    party.role,
    ...party.fields.map(signatureFieldText),
    ...ticks,
    `${signatureLabel}:`,
  ]);
  return [heading, explanation, ...parties, remarks.label, followUp];
}
