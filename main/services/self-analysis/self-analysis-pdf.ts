import type { ActionCandidate, Questionnaire, RunDetail } from '../../contract/self-analysis-channels';
import { changeWords, formatAverage, formatDate, formatDateTime, runTitle } from '../../contract/self-analysis-format';
import { createPdf } from '../pdf/pdf-document';
import { drawRadar } from '../pdf/pdf-radar';
import { markdownAsPrintText } from '../pdf/pdf-text';
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

/** One run's profile as a PDF: radar chart, scores, every answer, the change since last time and the reflections. */
export function selfAnalysisPdf(input: SelfAnalysisPdfInput): Promise<Buffer> {
  const { run, questionnaire, actions, author } = input;
  // "Zelfanalyse van 12 maart 2026, 14:05" already says what it is; a chosen name gets the word in front.
  const title = run.name ? `Zelfanalyse: ${run.name}` : runTitle(run);
  const titleOf = (themeId: string) => questionnaire.themes.find((theme) => theme.id === themeId)?.title ?? themeId;
  const labelOf = (value: number | null | undefined) =>
    value == null ? 'Niet beantwoord' : (questionnaire.scale.find((step) => step.value === value)?.label ?? '');

  return createPdf(
    {
      title,
      subject: 'Zelfanalyse overheidsparticipatie',
      author,
      runningHeader: [title, author].filter(Boolean).join(' · '),
    },
    (pdf) => {
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

      for (const score of run.themes) {
        const theme = questionnaire.themes.find((candidate) => candidate.id === score.themeId);
        if (!theme) continue;
        const change = run.sincePrevious.find((item) => item.themeId === score.themeId);
        // A theme starts on a new page rather than leaving its heading alone at the bottom.
        pdf.ensureSpace(220);
        pdf.heading(theme.title, 2);
        pdf.paragraph(score.reading);
        if (change) {
          pdf.paragraph(
            `Sinds vorige keer (${formatDate(change.previousCreatedAt)}): gemiddeld ${changeWords(change.change)} ` +
              `(${formatAverage(change.before)} → ${formatAverage(change.after)}).`,
          );
        }
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

      if (actions.length > 0) {
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
    },
    { resourcesDir: input.resourcesDir, printedOn: input.printedOn },
  );
}
