import type { Profile } from '../../contract/app-channels';
import type {
  Advice,
  FinancingModelView,
  Initiative,
  MoneyVerdict,
  RankedForm,
} from '../../contract/financing-channels';
import { createPdf, type PdfOptions } from '../pdf/pdf-document';
import type { PdfWriter } from '../pdf/pdf-writer';
import { drawInvolvementAxis } from './advice-pdf-axis';
import { euros, whole } from './format';
import { schemeLine } from './initiator-pdf';
import { markdownBlocks } from './markdown-blocks';
import type { FinancingModel } from './model-schema';

export interface AdviceNote {
  /** The wording of the short advice for the initiator. */
  letter: FinancingModel['initiatorLetter'];
  initiative: Initiative;
  advice: Advice;
  verdict: MoneyVerdict;
  view: FinancingModelView;
  profile: Profile;
}

/** "Interne notitie financiering - Buurtmoestuin De Kas.pdf" */
export function adviceFileName(initiative: Initiative): string {
  return `Interne notitie financiering - ${initiative.name.trim() || 'Naamloos initiatief'}.pdf`;
}

function guideText(pdf: PdfWriter, markdown: string): void {
  for (const block of markdownBlocks(markdown)) {
    if (block.kind === 'list') pdf.bulletList(block.items);
    else pdf.paragraph(block.text);
  }
}

/**
 * The full internal note: the initiative, step 1, what the money is for, the answers and
 * weights, the forms that fit in order with their reasons per form, the forms set aside and
 * why, the involvement axis, how robust the advice is, and the guide's caution.
 */
export function buildAdvicePdf(note: AdviceNote, options: PdfOptions): Promise<Buffer> {
  const { initiative, advice, view, profile } = note;
  const name = initiative.name.trim() || 'Naamloos initiatief';
  const formName = (id: string) => view.forms.find((f) => f.id === id)?.name ?? id;
  const weightWords = (value: number) => view.weights.find((w) => w.value === value)?.label ?? String(value);
  return createPdf(
    {
      title: `Interne notitie financiering: ${name}`,
      subject: 'Interne notitie van de Financieringshulp',
      author: profile.name,
      runningHeader: `Interne notitie financiering · ${name}`,
    },
    (pdf) => {
      titleSection(pdf, note, name, formName);
      pdf.heading('Waarschuwing uit de gids', 2);
      guideText(pdf, view.caution);
      moneyQuestionSection(pdf, note);
      considerationsSection(pdf, note, weightWords);
      rankingSection(pdf, note, formName);
      setAsideSection(pdf, note, formName);
      if (advice.status === 'ranked') {
        pdf.heading('Hoe stevig is dit advies?', 2);
        pdf.paragraph(advice.sensitivity.summary);
        pdf.bulletList(advice.sensitivity.steps.map((step) => step.summary));
        pdf.heading('De vormen die passen, één voor één', 2);
        for (const ranked of advice.ranking) formSection(pdf, ranked, view, weightWords);
      }
      closingSection(pdf, note);
    },
    options,
  );
}

function titleSection(pdf: PdfWriter, note: AdviceNote, name: string, formName: (id: string) => string): void {
  const { initiative, profile } = note;
  const author = [profile.name, profile.jobTitle, profile.organisation].filter(Boolean).join(', ');
  pdf.heading(`Interne notitie financiering: ${name}`, 1);
  pdf.paragraph(
    'Interne notitie met alle afwegingen, gewichten en hoe stevig het advies is. Voor de initiatiefnemer is er een korter advies. Gemaakt met de Financieringshulp van het Werkboek Overheidsparticipatie, op basis van de gids “Eerste Hulp Bij Overheidsparticipatie!”. Het advies is een hulpmiddel bij het gesprek, geen besluit.',
    { muted: true },
  );
  const facts: [string, string][] = [['Initiatief', name]];
  if (initiative.description.trim()) facts.push(['Omschrijving', initiative.description.trim()]);
  if (initiative.amountEuros !== null) facts.push(['Bedrag', euros().format(initiative.amountEuros)]);
  if (initiative.timingNote.trim()) facts.push(['Wanneer nodig', initiative.timingNote.trim()]);
  if (initiative.chosenFormId) facts.push(['Gekozen vorm', formName(initiative.chosenFormId)]);
  if (author) facts.push(['Opgesteld door', author]);
  pdf.keyValues(facts);
}

/** Step 1: what the initiative needs, how much money matters, what it is for, and the verdict. */
function moneyQuestionSection(pdf: PdfWriter, note: AdviceNote): void {
  const { initiative, verdict, view } = note;
  pdf.ensureSpace(110);
  pdf.heading('Stap 1: Is geld de vraag?', 2);
  const needs = view.needs.filter((n) => initiative.needs.includes(n.id)).map((n) => n.label);
  const purposes = view.purposes.filter((p) => initiative.purposes.includes(p.id)).map((p) => p.label);
  pdf.keyValues([
    ['Wat het initiatief nodig heeft', needs.length ? needs.join(', ') : 'Nog niet ingevuld'],
    [
      'Hoe belangrijk geld is',
      view.moneyRoles.find((r) => r.id === initiative.moneyRole)?.label ?? 'Nog niet ingevuld',
    ],
    ['Waar het om gaat', purposes.length ? purposes.join('; ') : 'Nog niet ingevuld'],
  ]);
  pdf.heading(verdict.title, 3);
  pdf.paragraph(verdict.message);
  const support = view.nonFinancialSupport.filter((s) => verdict.supportIds.includes(s.id));
  if (support.length > 0) {
    pdf.paragraph('Steun zonder geld die hier past:');
    pdf.bulletList(support.map((s) => `${s.name}: ${markdownBlocks(s.description).map(textOf).join(' ')}`));
  }
}

/** Step 2: every consideration with its question, the answer and the weight. */
function considerationsSection(pdf: PdfWriter, note: AdviceNote, weightWords: (value: number) => string): void {
  const { initiative, advice, view } = note;
  // A heading followed by a table keeps at least its first rows on the same page.
  pdf.ensureSpace(140);
  pdf.heading('Stap 2: De afwegingen', 2);
  pdf.table({
    columns: [{ header: 'Afweging' }, { header: 'Vraag en antwoord' }, { header: 'Gewicht' }],
    rows: view.considerations.map((c) => {
      const answerId = initiative.answers[c.id];
      const answer = c.answers.find((a) => a.id === answerId)?.label ?? 'Nog niet beantwoord.';
      const counts = advice.counted.includes(c.id);
      return [c.title, `${c.question}\n${answer}`, counts ? weightWords(initiative.weights[c.id]) : 'Telt niet mee'];
    }),
  });
}

/** The user's notes and how the advice comes about, with where the amount limits come from. */
function closingSection(pdf: PdfWriter, note: AdviceNote): void {
  const { initiative, view } = note;
  if (initiative.notes.trim()) {
    pdf.heading('Notities', 2);
    for (const paragraph of initiative.notes.trim().split(/\n\s*\n/)) pdf.paragraph(paragraph);
  }
  pdf.heading('Hoe dit advies tot stand komt', 2);
  pdf.paragraph(
    `Eerst kijkt de hulp welke vormen kunnen helpen bij waar het geld voor is (en tot welk bedrag). Een vorm die geen geld aan het initiatief geeft, staat nooit in de volgorde als manier om het te betalen. Daarna zet de hulp de vormen die passen op volgorde met de zes afwegingen uit de gids: hoe beter een vorm past bij een antwoord, en hoe zwaarder dat antwoord weegt, hoe hoger hij komt. ${view.amountSource} Het model (versie ${view.version}) staat met alle redenen in één bestand dat een beleidsadviseur kan lezen en aanpassen (uitleg: docs/financieringsmodel.md).`,
    { muted: true },
  );
}

function textOf(block: ReturnType<typeof markdownBlocks>[number]): string {
  return block.kind === 'paragraph' ? block.text : block.items.join('; ');
}

function rankingSection(pdf: PdfWriter, note: AdviceNote, formName: (id: string) => string): void {
  const { advice, view } = note;
  pdf.heading('Advies: de vormen die passen, op volgorde', 2);
  if (!advice.purposesGiven)
    pdf.paragraph('Er is nog niet ingevuld waar het geld voor is. Daarom staan hier alleen de vormen die geld geven.');
  if (advice.status === 'no-answers') {
    pdf.paragraph(
      advice.ranking.length === 0
        ? 'Geen enkele vorm past bij wat het initiatief zoekt. Kijk bij “Ook interessant” en bij hulp zonder geld.'
        : 'Er is nog geen volgorde: beantwoord minstens één afweging en laat die meetellen.',
    );
    return;
  }
  pdf.paragraph(
    'De score (0 tot 100) zegt hoe goed een vorm past bij de antwoorden, gewogen met de gewichten. 100 betekent: past bij alles.',
  );
  pdf.table({
    columns: [{ header: 'Plek' }, { header: 'Vorm' }, { header: 'Score' }, { header: 'Waarom' }],
    rows: advice.ranking.map((r) => [String(r.rank), formName(r.formId), whole().format(r.score), r.headline]),
  });
  drawInvolvementAxis(pdf, view, advice);
}

/** The forms that are not in the order: worth knowing ("ook interessant") or not fitting, each with why. */
function setAsideSection(pdf: PdfWriter, note: AdviceNote, formName: (id: string) => string): void {
  const { advice } = note;
  if (advice.alsoInteresting.length > 0) {
    pdf.heading('Ook interessant', 2);
    pdf.bulletList(
      advice.alsoInteresting.map(
        (item) =>
          `${formName(item.formId)}: ${item.why}${item.localSchemes.map((m) => ` Eigen regeling: ${schemeLine(m.scheme, m.amountNote)}`).join('')}`,
      ),
    );
  }
  if (advice.excluded.length > 0) {
    pdf.heading('Past niet bij deze vraag', 2);
    pdf.bulletList(advice.excluded.map((item) => `${formName(item.formId)}: ${item.why}`));
  }
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
  pdf.paragraph(form.whatItDoes);
  pdf.bulletList(ranked.fitsBecause.map((why) => `Past omdat: ${why}`));
  if (ranked.localSchemes.length > 0)
    pdf.bulletList(ranked.localSchemes.map((m) => `Eigen regeling: ${schemeLine(m.scheme, m.amountNote)}`));
  guideText(pdf, form.explanation);
  if (form.example) {
    pdf.paragraph(
      `Voorbeeld uit de gids: ${form.example.place}. ${markdownBlocks(form.example.text).map(textOf).join(' ')}`,
      { italic: true },
    );
  }
  const title = (id: string) => view.considerations.find((c) => c.id === id)?.title ?? id;
  pdf.bulletList(
    ranked.contributions.map((c) => {
      const effect =
        c.direction === 'neutraal'
          ? 'past net zo goed als gemiddeld'
          : `past ${c.direction === 'omhoog' ? 'beter' : 'minder goed'} dan gemiddeld`;
      const aspects = c.aspects.map((a) => `${a.aspectName}: ${a.fitWord}. ${a.reasoning}`).join(' ');
      return `${title(c.considerationId)} (${effect}). Antwoord: ${c.answerLabel.replace(/\.$/, '')} (${weightWords(c.weight).toLocaleLowerCase('nl-NL')}). ${aspects}`;
    }),
  );
}
