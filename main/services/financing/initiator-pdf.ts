import type { Initiative, LocalScheme, RankedForm } from '../../contract/financing-channels';
import { createPdf, type PdfOptions } from '../pdf/pdf-document';
import type { PdfWriter } from '../pdf/pdf-writer';
import type { AdviceNote } from './advice-pdf';
import { euros } from './format';
import { joinDutch } from './labels';

/** How many forms the initiator's advice names: the guide's point is a few good options, not a league table. */
const shownForms = 3;

/** "Advies voor de initiatiefnemer - Buurtmoestuin De Linde.pdf" */
export function initiatorFileName(initiative: Initiative): string {
  return `Advies voor de initiatiefnemer - ${initiative.name.trim() || 'Naamloos initiatief'}.pdf`;
}

/** "Wijkbudget Noord (tot € 10.000). Voorwaarden: … Contact: …" */
export function schemeLine(scheme: LocalScheme, amountNote: string | null): string {
  const parts = [
    `${scheme.name}${scheme.maxAmountEuros !== null ? ` (tot ${euros().format(scheme.maxAmountEuros)})` : ''}.`,
  ];
  if (scheme.conditions.trim()) parts.push(`Voorwaarden: ${scheme.conditions.trim()}`);
  if (scheme.contact.trim()) parts.push(`Contact: ${scheme.contact.trim()}`);
  if (amountNote) parts.push(amountNote);
  return parts.join(' ');
}

function formBlock(pdf: PdfWriter, ranked: RankedForm, note: AdviceNote, position: number): void {
  const form = note.view.forms.find((f) => f.id === ranked.formId);
  if (!form) return;
  pdf.ensureSpace(90);
  pdf.heading(`${position}. ${form.name}`, 3);
  pdf.paragraph(form.whatItDoes);
  // A form that gives no money says so in its own sentence (whatItDoes), so no extra warning here.
  pdf.bulletList(ranked.fitsBecause);
  if (ranked.localSchemes.length > 0) {
    pdf.paragraph(ranked.localSchemes.length === 1 ? 'In onze gemeente heet dit:' : 'In onze gemeente zijn dit:');
    pdf.bulletList(ranked.localSchemes.map((m) => schemeLine(m.scheme, m.amountNote)));
  }
}

/** What the initiative told us: its purposes and amount, in the initiator's terms. */
function whatYouAsked(pdf: PdfWriter, note: AdviceNote): void {
  const { initiative, view } = note;
  const purposes = view.purposes
    .filter((p) => initiative.purposes.includes(p.id))
    .map((p) => p.label.toLocaleLowerCase('nl-NL'));
  const facts: [string, string][] = [['Initiatief', initiative.name.trim()]];
  if (initiative.description.trim()) facts.push(['Wat het is', initiative.description.trim()]);
  if (purposes.length > 0)
    facts.push(['Waar het om gaat', `${joinDutch(purposes).replace(/^./, (c) => c.toLocaleUpperCase('nl-NL'))}.`]);
  if (initiative.amountEuros !== null) facts.push(['Bedrag', `ongeveer ${euros().format(initiative.amountEuros)}`]);
  pdf.keyValues(facts);
}

/**
 * The short advice for the initiator (one to two pages, B1, no model terms): what fits and
 * why, the municipality's own scheme by name, what else is worth knowing, and what the
 * municipality can do besides money. The weights and the sensitivity stay in the internal note.
 */
export function buildInitiatorPdf(note: AdviceNote, options: PdfOptions): Promise<Buffer> {
  const { initiative, advice, view, profile, letter } = note;
  const name = initiative.name.trim() || 'Naamloos initiatief';
  const author = [profile.name, profile.jobTitle, profile.organisation].filter(Boolean).join(', ');
  return createPdf(
    {
      title: `Advies voor ${name}`,
      subject: 'Advies voor de initiatiefnemer',
      author: profile.name,
      runningHeader: `Advies voor ${name}`,
    },
    (pdf) => {
      pdf.heading(`Advies voor ${name}`, 1);
      pdf.paragraph(letter.intro);
      whatYouAsked(pdf, note);

      pdf.heading('Wat het best past', 2);
      const top = advice.status === 'ranked' ? advice.ranking.slice(0, shownForms) : [];
      if (top.length === 0) pdf.paragraph('Daar is nog geen advies over. Dat bespreken we in het volgende gesprek.');
      for (const [index, ranked] of top.entries()) formBlock(pdf, ranked, note, index + 1);

      if (advice.alsoInteresting.length > 0) {
        pdf.ensureSpace(90);
        pdf.heading('Ook interessant', 2);
        pdf.bulletList(
          advice.alsoInteresting.map((item) => {
            const form = view.forms.find((f) => f.id === item.formId)?.name ?? item.formId;
            const local = item.localSchemes
              .map((m) => ` In onze gemeente: ${schemeLine(m.scheme, m.amountNote)}`)
              .join('');
            return `${form}: ${item.why}${local}`;
          }),
        );
      }

      pdf.ensureSpace(120);
      pdf.heading('Wat de gemeente naast geld kan doen', 2);
      pdf.paragraph(letter.moneyNotFirst);
      pdf.bulletList(letter.otherHelp.map((help) => `${help.title}: ${help.text}`));

      pdf.heading('Hoe verder', 2);
      pdf.paragraph(letter.closing);
      if (author) pdf.keyValues([['Je contactpersoon', author]]);
    },
    options,
  );
}
