import type {
  ActionCandidate,
  Questionnaire,
  RunDetail,
  ThemeChange,
  ThemeScore,
} from '../../contract/self-analysis-channels';
import { changeWords, formatAverage, formatDate, formatDateTime, runTitle } from '../../contract/self-analysis-format';
import { createPdf } from '../pdf/pdf-document';
import { drawRadar } from '../pdf/pdf-radar';
import { markdownAsPrintText } from '../pdf/pdf-text';
import type { PdfWriter } from '../pdf/pdf-writer';
import { profileRadar } from './profile-radar';

export interface SelfAnalysisPdfInput {
  run: RunDetail;
  questionnaire: Questionnaire;
  /** The statements of this run marked "wil ik mee aan de slag". */
  actions: readonly ActionCandidate[];
  /** The user's name from Instellingen; may be empty. */
  author: string;
  printedOn?: Date;
  /** The app's `resources/` folder (fonts). */
  resourcesDir: string;
}

type QuestionnaireTheme = Questionnaire['themes'][number];

/** What every section writer needs: the run, the questionnaire and how to name themes and answers. */
interface SectionContext {
  run: RunDetail;
  questionnaire: Questionnaire;
  titleOf: (themeId: string) => string;
  labelOf: (value: number | null | undefined) => string;
}

function sectionContext(run: RunDetail, questionnaire: Questionnaire): SectionContext {
  return {
    run,
    questionnaire,
    titleOf: (themeId) => questionnaire.themes.find((theme) => theme.id === themeId)?.title ?? themeId,
    labelOf: (value) =>
      value == null ? 'Niet beantwoord' : (questionnaire.scale.find((step) => step.value === value)?.label ?? ''),
  };
}

/** The title and who, when, what and how far. */
function writeDetails(pdf: PdfWriter, { run, titleOf }: SectionContext, title: string, author: string): void {
  pdf.heading(title, 1);
  pdf.keyValues([
    ...(author ? [['Naam', author] as [string, string]] : []),
    ['Datum', formatDateTime(run.createdAt)],
    ['Ingevuld', run.scope === 'all' ? 'Alle vijf thema’s' : `Thema ${titleOf(run.scope)}`],
    [
      'Stand',
      run.complete
        ? `Compleet: ${run.answeredCount} stellingen`
        : `Nog niet compleet: ${run.answeredCount} van ${run.statementCount} stellingen beantwoord`,
    ],
  ]);
}

/** The radar (for a run of all themes), the scores per theme and how to read them. */
function writeProfile(pdf: PdfWriter, { run, questionnaire, titleOf }: SectionContext): void {
  pdf.heading('Profiel', 2);
  if (run.scope === 'all') {
    drawRadar(
      pdf,
      profileRadar(
        run.themes.map((score) => ({
          label: titleOf(score.themeId),
          average: score.complete ? score.average : null,
        })),
      ),
    );
  }
  pdf.table({
    columns: [{ header: 'Thema' }, { header: 'Gemiddelde (1–4)' }, { header: 'Punten' }, { header: 'Beantwoord' }],
    rows: run.themes.map((score) => [
      titleOf(score.themeId),
      score.complete && score.average !== null ? formatAverage(score.average) : 'nog niet compleet',
      score.complete ? `${score.sum} van ${score.statementCount * questionnaire.scale.length}` : '–',
      `${score.answeredCount} van ${score.statementCount}`,
    ]),
  });

  // As on screen: the picture first, then how to read it, kept together on one page.
  pdf.ensureSpace(190);
  pdf.heading('Zo lees je je score', 2);
  pdf.paragraph(markdownAsPrintText(questionnaire.reading), { italic: true });
  pdf.bulletList(questionnaire.reflectionQuestions.map((question) => question.text));
}

/** How the theme's average moved since the previous complete run. */
function writeChangeSinceLastTime(pdf: PdfWriter, change: ThemeChange): void {
  pdf.paragraph(
    `Sinds vorige keer (${formatDate(change.previousCreatedAt)}): gemiddeld ${changeWords(change.change)} ` +
      `(${formatAverage(change.before)} → ${formatAverage(change.after)}).`,
  );
}

/** Every statement of the theme with its answer, and last time's answer when there is a previous run. */
function writeAnswers(
  pdf: PdfWriter,
  { run, labelOf }: SectionContext,
  theme: QuestionnaireTheme,
  change: ThemeChange | undefined,
): void {
  pdf.table({
    columns: change
      ? [{ header: 'Stelling' }, { header: 'Antwoord' }, { header: 'Vorige keer' }]
      : [{ header: 'Stelling' }, { header: 'Antwoord' }],
    rows: theme.statements.map((statement, index) => {
      const row = [`${index + 1}. ${statement.text}`, labelOf(run.answers[statement.id])];
      if (!change) return row;
      const before = change.statements.find((item) => item.statementId === statement.id)?.before;
      return [...row, labelOf(before)];
    }),
  });
}

/** The reflections written for the theme, each under its question. */
function writeReflections(pdf: PdfWriter, { run, questionnaire }: SectionContext, theme: QuestionnaireTheme): void {
  const reflections = questionnaire.reflectionQuestions.flatMap((question) => {
    const text = run.reflections.find((r) => r.themeId === theme.id && r.questionId === question.id)?.text;
    return text?.trim() ? [{ question: question.text, text }] : [];
  });
  pdf.heading(`Reflectie op ${theme.title}`, 3);
  if (reflections.length === 0) pdf.paragraph('Nog geen reflectie geschreven.', { muted: true });
  for (const reflection of reflections) {
    pdf.paragraph(reflection.question, { italic: true, keepWithNext: true });
    pdf.paragraph(reflection.text);
  }
}

/** One theme: its reading, the change since last time, the answers and the reflections. */
function writeTheme(pdf: PdfWriter, context: SectionContext, score: ThemeScore): void {
  const theme = context.questionnaire.themes.find((candidate) => candidate.id === score.themeId);
  if (!theme) return;
  const change = context.run.sincePrevious.find((item) => item.themeId === score.themeId);
  // A theme starts on a new page rather than leaving its heading alone at the bottom.
  pdf.ensureSpace(220);
  pdf.heading(theme.title, 2);
  pdf.paragraph(score.reading);
  if (change) writeChangeSinceLastTime(pdf, change);
  writeAnswers(pdf, context, theme, change);
  writeReflections(pdf, context, theme);
}

/** The statements marked "wil ik mee aan de slag", with the suggestion to begin with; nothing when none. */
function writeActions(pdf: PdfWriter, actions: readonly ActionCandidate[]): void {
  if (actions.length === 0) return;
  pdf.heading('Hier wil ik mee aan de slag', 2);
  pdf.bulletList(
    actions.map(
      (action) =>
        `${action.themeTitle}: ${action.statementText}` +
        (action.suggestion
          ? ` (beginnen met ${action.suggestion.kind === 'tip' ? 'de tip' : 'het hulpmiddel'} “${action.suggestion.title}”)`
          : ''),
    ),
  );
}

/** One run's profile as a PDF: radar chart, scores, every answer, the change since last time and the reflections. */
export function selfAnalysisPdf(input: SelfAnalysisPdfInput): Promise<Buffer> {
  const { run, questionnaire, actions, author } = input;
  // "Zelfanalyse van 12 maart 2026, 14:05" already says what it is; a chosen name gets the word in front.
  const title = run.name ? `Zelfanalyse: ${run.name}` : runTitle(run);
  const context = sectionContext(run, questionnaire);

  return createPdf(
    {
      title,
      subject: 'Zelfanalyse overheidsparticipatie',
      author,
      runningHeader: [title, author].filter(Boolean).join(' · '),
    },
    (pdf) => {
      writeDetails(pdf, context, title, author);
      writeProfile(pdf, context);
      for (const score of run.themes) writeTheme(pdf, context, score);
      writeActions(pdf, actions);
    },
    { resourcesDir: input.resourcesDir, printedOn: input.printedOn },
  );
}
