import type {
  Questionnaire,
  RunDetail,
  ThemeChange,
  ThemeScore,
} from '../../../../main/contract/self-analysis-channels';
import { changeWords, formatAverage, runTitleWithDate } from '../../../../main/contract/self-analysis-format';
import { AnswerBar } from './answer-bar';
import { selfAnalysisHref } from './self-analysis-route';

/** One theme of a run: its score in numbers and words, the change since last time, and every answer. */
export function ThemeResult({
  run,
  score,
  questionnaire,
  change,
}: {
  run: RunDetail;
  score: ThemeScore;
  questionnaire: Questionnaire;
  change: ThemeChange | undefined;
}) {
  const theme = questionnaire.themes.find((candidate) => candidate.id === score.themeId);
  if (!theme) return null;
  const headingId = `resultaat-${score.themeId}`;
  const labelOf = (value: number | undefined | null) =>
    value == null ? 'Nog niet beantwoord' : (questionnaire.scale.find((step) => step.value === value)?.label ?? '');
  return (
    <section className="theme-result" aria-labelledby={headingId}>
      <h3 id={headingId}>{theme.title}</h3>
      <p className="theme-score">
        {score.complete && score.average !== null ? (
          <>
            <strong className="theme-average">{formatAverage(score.average)}</strong> gemiddeld
          </>
        ) : (
          <span className="badge">Nog niet compleet</span>
        )}
      </p>
      <p>{score.reading}</p>
      {change && (
        <p className="since-previous">
          Sinds vorige keer ({runTitleWithDate({ name: change.previousRunName, createdAt: change.previousCreatedAt })}):
          gemiddeld <strong>{changeWords(change.change)}</strong> ({formatAverage(change.before)} →{' '}
          {formatAverage(change.after)}
          ).
        </p>
      )}
      <ol className="answers">
        {theme.statements.map((statement) => {
          const value = run.answers[statement.id];
          const moved = change?.statements.find((item) => item.statementId === statement.id);
          return (
            <li key={statement.id} className="answer">
              <span className="answer-text">{statement.text}</span>
              <span className="answer-value">
                <AnswerBar value={value} />
                <span>{labelOf(value)}</span>
                {moved?.change ? (
                  <span className={moved.change > 0 ? 'moved moved-up' : 'moved moved-down'}>
                    {moved.change > 0 ? 'hoger' : 'lager'} dan vorige keer ({labelOf(moved.before)})
                  </span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="theme-links">
        <a href={selfAnalysisHref({ page: 'reflect', runId: run.id, themeId: score.themeId })}>
          Reflecteer op {theme.title}
        </a>
        <a href={selfAnalysisHref({ page: 'fill', runId: run.id, themeId: score.themeId })}>
          Antwoorden bij {theme.title} aanpassen
        </a>
      </p>
    </section>
  );
}
