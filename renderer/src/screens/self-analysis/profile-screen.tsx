import { Markdown } from '../../components/markdown';
import { teamHref } from '../team/team-route';
import { Loading } from './loading';
import { ManageRun } from './manage-run';
import { RadarChart } from './radar-chart';
import { radarPreviousOf } from './radar-previous';
import { RunHeader } from './run-header';
import { selfAnalysisHref } from './self-analysis-route';
import { ThemeResult } from './theme-result';
import { useRun } from './use-run';

/** Profiel: the run's scores as a radar chart and per theme, with the change since last time. */
export function ProfileScreen({ runId }: { runId: number }) {
  const { run, questionnaire, loadError } = useRun(runId);
  if (!run || !questionnaire) return <Loading heading="Je profiel" error={loadError} />;
  const titleOf = (themeId: string) => questionnaire.themes.find((theme) => theme.id === themeId)?.title ?? themeId;

  return (
    <>
      <RunHeader run={run} questionnaire={questionnaire} current="profile" heading="Je profiel" />
      {!run.complete && (
        <div className="notice">
          <p>
            <span className="badge">Nog niet compleet</span> Je hebt {run.answeredCount} van {run.statementCount}{' '}
            stellingen beantwoord. Thema’s die nog niet af zijn, krijgen geen score.
          </p>
          <p>
            <a href={selfAnalysisHref({ page: 'fill', runId: run.id, themeId: undefined })}>Verder invullen</a>
          </p>
        </div>
      )}
      {run.scope === 'all' && (
        <RadarChart
          caption="Je profiel"
          axes={run.themes.map((score) => ({
            label: titleOf(score.themeId),
            average: score.complete ? score.average : null,
          }))}
          previous={radarPreviousOf(
            run.themes.map((score) => score.themeId),
            run.sincePrevious,
          )}
        />
      )}
      <section aria-labelledby="lezen-kop">
        <h2 id="lezen-kop">Zo lees je je score</h2>
        <Markdown text={questionnaire.reading} />
        <ul className="reflection-questions">
          {questionnaire.reflectionQuestions.map((question) => (
            <li key={question.id}>{question.text}</li>
          ))}
        </ul>
        <p>
          <a href={selfAnalysisHref({ page: 'reflect', runId: run.id, themeId: undefined })}>
            Schrijf je antwoorden op bij Reflectie
          </a>
        </p>
      </section>
      <section aria-labelledby="per-thema-kop">
        <h2 id="per-thema-kop">Per thema</h2>
        {run.themes.map((score) => (
          <ThemeResult
            key={score.themeId}
            run={run}
            score={score}
            questionnaire={questionnaire}
            change={run.sincePrevious.find((change) => change.themeId === score.themeId)}
          />
        ))}
      </section>
      <p>
        <a className="button-link" href={selfAnalysisHref({ page: 'act', runId: run.id })}>
          Van resultaat naar actie
        </a>
      </p>
      {run.complete && (
        <p>
          <a href={teamHref({ page: 'share', runId: run.id })}>Deel anoniem met je team</a>
        </p>
      )}
      <ManageRun key={run.id} run={run} />
    </>
  );
}
