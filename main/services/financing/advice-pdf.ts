import type { Profile } from '../../contract/app-channels';
import type {
  Advice,
  FinancingModelView,
  Initiative,
  MoneyVerdict,
  RankedForm,
} from '../../contract/financing-channels';
import { once } from '../../contract/once';
import { createPdf, type PdfOptions } from '../pdf/pdf-document';
import type { PdfWriter } from '../pdf/pdf-writer';
import { drawInvolvementAxis } from './advice-pdf-axis';
import { markdownBlocks } from './markdown-blocks';

const euros = once(
  () => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
);
const whole = once(() => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }));
const points = once(
  () =>
    new Intl.NumberFormat('nl-NL', {
      maximumFractionDigits: 1,
      minimumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }),
);

export interface AdviceNote {
  initiative: Initiative;
  advice: Advice;
  verdict: MoneyVerdict;
  view: FinancingModelView;
  profile: Profile;
}

/** "Financieringsadvies - Buurtmoestuin De Kas.pdf" */
export function adviceFileName(initiative: Initiative): string {
  return `Financieringsadvies - ${initiative.name.trim() || 'Naamloos initiatief'}.pdf`;
}

function guideText(pdf: PdfWriter, markdown: string): void {
  for (const block of markdownBlocks(markdown)) {
    if (block.kind === 'list') pdf.bulletList(block.items);
    else pdf.paragraph(block.text);
  }
}

/**
 * The advice note for the conversation with the initiator: the initiative, step 1, the
 * answers and weights, the ranking with its reasons per form, the involvement axis, how
 * robust the advice is, and the guide's caution that money can make an initiative heavier.
 */
export function buildAdvicePdf(note: AdviceNote, options: PdfOptions): Promise<Buffer> {
  const { initiative, advice, verdict, view, profile } = note;
  const name = initiative.name.trim() || 'Naamloos initiatief';
  const formName = (id: string) => view.forms.find((f) => f.id === id)?.name ?? id;
  const weightWords = (value: number) => view.weights.find((w) => w.value === value)?.label ?? String(value);
  const author = [profile.name, profile.jobTitle, profile.organisation].filter(Boolean).join(', ');

  return createPdf(
    {
      title: `Financieringsadvies: ${name}`,
      subject: 'Adviesnotitie van de Financieringshulp',
      author: profile.name,
      runningHeader: `Financieringsadvies · ${name}`,
    },
    (pdf) => {
      pdf.heading(`Financieringsadvies: ${name}`, 1);
      pdf.paragraph(
        'Adviesnotitie voor het gesprek met de initiatiefnemer. Gemaakt met de Financieringshulp van het Werkboek Overheidsparticipatie, op basis van de gids “Eerste Hulp Bij Overheidsparticipatie!”. Het advies is een hulpmiddel bij het gesprek, geen besluit.',
        { muted: true },
      );
      const facts: [string, string][] = [['Initiatief', name]];
      if (initiative.description.trim()) facts.push(['Omschrijving', initiative.description.trim()]);
      if (initiative.amountEuros !== null) facts.push(['Bedrag', euros().format(initiative.amountEuros)]);
      if (initiative.timingNote.trim()) facts.push(['Wanneer nodig', initiative.timingNote.trim()]);
      if (initiative.chosenFormId) facts.push(['Gekozen vorm', formName(initiative.chosenFormId)]);
      if (author) facts.push(['Opgesteld door', author]);
      pdf.keyValues(facts);

      pdf.heading('Waarschuwing uit de gids', 2);
      guideText(pdf, view.caution);

      pdf.ensureSpace(110);
      pdf.heading('Stap 1: Is geld de vraag?', 2);
      const needs = view.needs.filter((n) => initiative.needs.includes(n.id)).map((n) => n.label);
      pdf.keyValues([
        ['Wat het initiatief nodig heeft', needs.length ? needs.join(', ') : 'Nog niet ingevuld'],
        [
          'Hoe belangrijk geld is',
          view.moneyRoles.find((r) => r.id === initiative.moneyRole)?.label ?? 'Nog niet ingevuld',
        ],
      ]);
      pdf.heading(verdict.title, 3);
      pdf.paragraph(verdict.message);
      const support = view.nonFinancialSupport.filter((s) => verdict.supportIds.includes(s.id));
      if (support.length > 0) {
        pdf.paragraph('Steun zonder geld die hier past:', { keepWithNext: true });
        pdf.bulletList(support.map((s) => `${s.name}: ${markdownBlocks(s.description).map(textOf).join(' ')}`));
      }

      // A heading followed by a table keeps at least its first rows on the same page.
      pdf.ensureSpace(140);
      pdf.heading('Stap 2: De afwegingen', 2);
      pdf.table({
        columns: [{ header: 'Afweging' }, { header: 'Vraag en antwoord' }, { header: 'Gewicht' }],
        rows: view.considerations.map((c) => {
          const answerId = initiative.answers[c.id];
          const answer = c.answers.find((a) => a.id === answerId)?.label ?? 'Nog niet beantwoord.';
          const counts = advice.counted.includes(c.id);
          return [
            c.title,
            `${c.question}\n${answer}`,
            counts ? weightWords(initiative.weights[c.id]) : 'Telt niet mee',
          ];
        }),
      });

      pdf.heading('Advies: de negen vormen op volgorde', 2);
      if (advice.status === 'no-answers') {
        pdf.paragraph(
          'Er is nog geen advies: beantwoord minstens één afweging en laat die meetellen. Dan zet de hulp de negen vormen op volgorde.',
        );
      } else {
        pdf.paragraph(
          'De score (0 tot 100) zegt hoe goed een vorm past bij de antwoorden, gewogen met de gewichten. 100 betekent: past bij alles. “Omhoog” en “omlaag” zeggen welke afwegingen een vorm boven of onder het gemiddelde van de negen vormen zetten.',
        );
        pdf.table({
          columns: [{ header: 'Plek' }, { header: 'Vorm' }, { header: 'Score' }, { header: 'Waarom' }],
          rows: advice.ranking.map((r) => [String(r.rank), formName(r.formId), whole().format(r.score), r.headline]),
        });
        drawInvolvementAxis(pdf, view, advice);
      }

      if (advice.status === 'ranked') {
        pdf.heading('Hoe stevig is dit advies?', 2);
        pdf.paragraph(advice.sensitivity.summary);
        pdf.bulletList(advice.sensitivity.steps.map((step) => step.summary));

        pdf.heading('De vormen één voor één', 2);
        for (const ranked of advice.ranking) formSection(pdf, ranked, view, weightWords);
      }

      if (initiative.notes.trim()) {
        pdf.heading('Notities', 2);
        for (const paragraph of initiative.notes.trim().split(/\n\s*\n/)) pdf.paragraph(paragraph);
      }

      pdf.heading('Hoe dit advies tot stand komt', 2);
      pdf.paragraph(
        `Elke vorm heeft een profiel: een waarde van 0 tot en met 4 op zeven kenmerken (zoals zeggenschap van de gemeente en risico voor de gemeente), met bij elke waarde de reden. Elk antwoord zegt welke waarde past. Per afweging krijgt een vorm 4 punten min de afstand tot wat het antwoord zoekt; de score is het gewogen gemiddelde daarvan. Het model (versie ${view.version}) staat in één bestand dat een beleidsadviseur kan lezen en aanpassen.`,
        { muted: true },
      );
    },
    options,
  );
}

function textOf(block: ReturnType<typeof markdownBlocks>[number]): string {
  return block.kind === 'paragraph' ? block.text : block.items.join('; ');
}

function formSection(
  pdf: PdfWriter,
  ranked: RankedForm,
  view: FinancingModelView,
  weightWords: (value: number) => string,
): void {
  const form = view.forms.find((f) => f.id === ranked.formId);
  if (!form) return;
  pdf.heading(`Plek ${ranked.rank}: ${form.name} (${form.tagline}) – score ${whole().format(ranked.score)}`, 3);
  guideText(pdf, form.explanation);
  if (form.example) {
    pdf.paragraph(
      `Voorbeeld uit de gids: ${form.example.place}. ${markdownBlocks(form.example.text).map(textOf).join(' ')}`,
      {
        italic: true,
      },
    );
  }
  const title = (id: string) => view.considerations.find((c) => c.id === id)?.title ?? id;
  pdf.bulletList(
    ranked.contributions.map((c) => {
      const effect = c.direction === 'neutraal' ? 'geen verschil' : `${c.direction} ${points().format(c.push)} punten`;
      const aspects = c.aspects
        .map(
          (a) => `${a.aspectName}: ${a.formValue} van 4, je zoekt ${a.rule} ${a.target}: ${a.fitWord}. ${a.reasoning}`,
        )
        .join(' ');
      return `${title(c.considerationId)} (${effect}). Antwoord: ${c.answerLabel.replace(/\.$/, '')} (${weightWords(c.weight).toLocaleLowerCase('nl-NL')}). ${aspects}`;
    }),
  );
}
