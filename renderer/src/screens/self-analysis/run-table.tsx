import type { Questionnaire, RunSummary } from '../../../../main/contract/self-analysis-channels';
import { formatAverage, formatDateTime } from '../../../../main/contract/self-analysis-format';
import { selfAnalysisHref } from './self-analysis-route';

/** Runs as a table: date and name, what was filled in, and the averages of complete themes. */
export function RunTable({
  runs,
  questionnaire,
  caption,
}: {
  runs: readonly RunSummary[];
  questionnaire: Questionnaire;
  caption: string;
}) {
  const titleOf = (themeId: string) => questionnaire.themes.find((theme) => theme.id === themeId)?.title ?? themeId;
  return (
    <div className="table-scroll">
      <table className="data-table run-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Zelfanalyse</th>
            <th scope="col">Ingevuld</th>
            <th scope="col">Gemiddelden</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id}>
              <th scope="row">
                <a href={selfAnalysisHref({ page: 'profile', runId: run.id })}>
                  {run.name || formatDateTime(run.createdAt)}
                </a>
                {run.name && <span className="run-date">{formatDateTime(run.createdAt)}</span>}
              </th>
              <td>
                {run.scope === 'all' ? 'Alle thema’s' : titleOf(run.scope)}
                <br />
                {run.complete ? (
                  'compleet'
                ) : (
                  <span className="badge">
                    nog niet compleet: {run.answeredCount} van {run.statementCount}
                  </span>
                )}
              </td>
              <td>
                {run.themes
                  .flatMap((theme) =>
                    theme.complete && theme.average !== null
                      ? [`${titleOf(theme.themeId)} ${formatAverage(theme.average)}`]
                      : [],
                  )
                  .join(' · ') || '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
