import { useEffect, useState } from 'react';
import type { RunScope } from '../../../../main/contract/self-analysis-channels';
import { formatDateTime, runTitle } from '../../../../main/contract/self-analysis-format';
import { ErrorMessage } from '../../components/error-message';
import { Markdown } from '../../components/markdown';
import { ScreenHeading } from '../../components/screen-heading';
import { useSelfAnalysisStore } from '../../stores/self-analysis-store';
import { RadarChart } from './radar-chart';
import { RunTable } from './run-table';
import { selfAnalysisHref } from './self-analysis-route';

/** Zelfanalyses: start a new run, continue an unfinished one, and see the latest profile. */
export function OverviewScreen() {
  const runs = useSelfAnalysisStore((state) => state.runs);
  const questionnaire = useSelfAnalysisStore((state) => state.questionnaire);
  const loadError = useSelfAnalysisStore((state) => state.loadError);
  const start = useSelfAnalysisStore((state) => state.start);
  const [scope, setScope] = useState<RunScope>('all');
  const [starting, setStarting] = useState(false);
  useEffect(() => {
    const store = useSelfAnalysisStore.getState();
    void store.loadQuestionnaire();
    void store.loadHistory();
  }, []);

  const unfinished = runs?.filter((run) => !run.complete).slice(0, 3) ?? [];
  const latest = runs?.find((run) => run.scope === 'all' && run.complete);
  const titleOf = (themeId: string) => questionnaire?.themes.find((theme) => theme.id === themeId)?.title ?? themeId;

  return (
    <>
      <ScreenHeading>Zelfanalyses</ScreenHeading>
      {loadError && <ErrorMessage message={loadError} />}
      {questionnaire && <Markdown text={questionnaire.intro} className="prose lead" />}

      {unfinished.length > 0 && (
        <section aria-labelledby="verder-kop">
          <h2 id="verder-kop">Verder waar je was</h2>
          <ul className="plain-list">
            {unfinished.map((run) => (
              <li key={run.id}>
                <a href={selfAnalysisHref({ page: 'fill', runId: run.id, themeId: undefined })}>
                  Verder met {runTitle(run)}
                  {run.scope !== 'all' && ` (${titleOf(run.scope)})`}
                </a>{' '}
                <span className="muted">
                  ({run.answeredCount} van {run.statementCount} stellingen beantwoord)
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {questionnaire && (
        <section aria-labelledby="nieuw-kop">
          <h2 id="nieuw-kop">Een nieuwe zelfanalyse</h2>
          <form
            className="start-form"
            onSubmit={(event) => {
              event.preventDefault();
              setStarting(true);
              void start(scope).then((runId) => {
                setStarting(false);
                if (runId) window.location.hash = selfAnalysisHref({ page: 'fill', runId, themeId: undefined });
              });
            }}
          >
            <fieldset className="scope-choice">
              <legend>Wat wil je invullen?</legend>
              <label className="choice">
                <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
                Alle vijf thema’s ({questionnaire.themes.reduce((n, t) => n + t.statements.length, 0)} stellingen)
              </label>
              {questionnaire.themes.map((theme) => (
                <label className="choice" key={theme.id}>
                  <input type="radio" name="scope" checked={scope === theme.id} onChange={() => setScope(theme.id)} />
                  Alleen {theme.title} ({theme.statements.length} stellingen)
                </label>
              ))}
            </fieldset>
            <button type="submit" className="button" disabled={starting}>
              Beginnen
            </button>
          </form>
        </section>
      )}

      {latest && questionnaire && (
        <section aria-labelledby="laatste-kop">
          <h2 id="laatste-kop">Je laatste profiel</h2>
          <p>
            {runTitle(latest)}
            {latest.name && `, ${formatDateTime(latest.createdAt)}`}.{' '}
            <a href={selfAnalysisHref({ page: 'profile', runId: latest.id })}>Bekijk het hele profiel</a>
          </p>
          <RadarChart
            caption="Je laatste profiel"
            axes={latest.themes.map((score) => ({ label: titleOf(score.themeId), average: score.average }))}
          />
        </section>
      )}

      {runs && runs.length > 0 && questionnaire && (
        <section aria-labelledby="eerder-kop">
          <h2 id="eerder-kop">Eerder ingevuld</h2>
          <RunTable runs={runs.slice(0, 5)} questionnaire={questionnaire} caption="Je laatste zelfanalyses" />
          <p>
            <a href={selfAnalysisHref({ page: 'history' })}>
              Al je zelfanalyses, je ontwikkeling per thema en vergelijken
            </a>
          </p>
        </section>
      )}
    </>
  );
}
