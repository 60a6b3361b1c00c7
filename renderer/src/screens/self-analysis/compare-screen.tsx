import { useEffect } from 'react';
import type { Questionnaire, RunComparison, ThemeScore } from '../../../../main/contract/self-analysis-channels';
import { changeWords, formatAverage, runTitle } from '../../../../main/contract/self-analysis-format';
import { ErrorMessage } from '../../components/error-message';
import { ScreenHeading } from '../../components/screen-heading';
import { useHeadingFocusAfterLoading } from '../../lib/heading-focus';
import { useSelfAnalysisStore } from '../../stores/self-analysis-store';
import { CompareForm } from './compare-form';
import { Loading } from './loading';
import { selfAnalysisHref } from './self-analysis-route';

function scoreText(score: ThemeScore | null): string {
  if (!score) return 'niet ingevuld';
  return score.complete && score.average !== null ? formatAverage(score.average) : 'nog niet compleet';
}

/** Vergelijken: two runs side by side, with the statements that moved highlighted. */
export function CompareScreen({ baseRunId, otherRunId }: { baseRunId?: number; otherRunId?: number }) {
  const runs = useSelfAnalysisStore((state) => state.runs);
  const questionnaire = useSelfAnalysisStore((state) => state.questionnaire);
  const comparison = useSelfAnalysisStore((state) => state.comparison);
  const loadError = useSelfAnalysisStore((state) => state.loadError);
  useEffect(() => {
    const store = useSelfAnalysisStore.getState();
    void store.loadQuestionnaire();
    void store.loadHistory();
    if (baseRunId && otherRunId) void store.compare(baseRunId, otherRunId);
  }, [baseRunId, otherRunId]);
  useHeadingFocusAfterLoading(runs && questionnaire);
  if (!runs || !questionnaire) return <Loading heading="Vergelijken" error={loadError} />;
  const current =
    comparison && comparison.base.id === baseRunId && comparison.other.id === otherRunId ? comparison : undefined;

  return (
    <>
      <p className="run-meta">
        <a href={selfAnalysisHref({ page: 'overview' })}>Zelfanalyses</a> ›{' '}
        <a href={selfAnalysisHref({ page: 'history' })}>Je ontwikkeling</a> › Vergelijken
      </p>
      <ScreenHeading>Twee zelfanalyses vergelijken</ScreenHeading>
      {runs.length >= 2 && <CompareForm runs={runs} baseRunId={baseRunId} otherRunId={otherRunId} />}
      {baseRunId &&
        otherRunId &&
        !current &&
        (loadError ? <ErrorMessage message={loadError} /> : <p>Bezig met vergelijken…</p>)}
      {current && <ComparisonTables comparison={current} questionnaire={questionnaire} />}
    </>
  );
}

function ComparisonTables({ comparison, questionnaire }: { comparison: RunComparison; questionnaire: Questionnaire }) {
  const before = runTitle(comparison.base);
  const after = runTitle(comparison.other);
  const labelOf = (value: number | null) =>
    value === null
      ? 'niet beantwoord'
      : `${questionnaire.scale.find((step) => step.value === value)?.label} (${value})`;
  return (
    <>
      <h2>Per thema</h2>
      <div className="table-scroll">
        <table className="data-table">
          <caption>
            Gemiddelde per thema: {before} en daarna {after}
          </caption>
          <thead>
            <tr>
              <th scope="col">Thema</th>
              <th scope="col">{before}</th>
              <th scope="col">{after}</th>
              <th scope="col">Verschil</th>
            </tr>
          </thead>
          <tbody>
            {comparison.themes.map((theme) => (
              <tr key={theme.themeId}>
                <th scope="row">{questionnaire.themes.find((t) => t.id === theme.themeId)?.title}</th>
                <td>{scoreText(theme.before)}</td>
                <td>{scoreText(theme.after)}</td>
                <td>{theme.change === null ? '–' : changeWords(theme.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Per stelling</h2>
      <p>Stellingen waar je antwoord veranderde, zijn gemarkeerd.</p>
      {questionnaire.themes
        .filter((theme) => comparison.statements.some((s) => s.themeId === theme.id))
        .map((theme) => (
          <div className="table-scroll" key={theme.id}>
            <table className="data-table compare-statements">
              <caption>{theme.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Stelling</th>
                  <th scope="col">{before}</th>
                  <th scope="col">{after}</th>
                  <th scope="col">Verandering</th>
                </tr>
              </thead>
              <tbody>
                {theme.statements.map((statement) => {
                  const change = comparison.statements.find((s) => s.statementId === statement.id);
                  const moved = change?.change ? change.change : 0;
                  return (
                    <tr key={statement.id} className={moved > 0 ? 'row-up' : moved < 0 ? 'row-down' : undefined}>
                      <th scope="row">{statement.text}</th>
                      <td>{labelOf(change?.before ?? null)}</td>
                      <td>{labelOf(change?.after ?? null)}</td>
                      <td>
                        {moved !== 0 && <span aria-hidden="true">{moved > 0 ? '▲ ' : '▼ '}</span>}
                        {moved > 0 ? `${moved} hoger` : moved < 0 ? `${-moved} lager` : ''}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))}
    </>
  );
}
