import type { Mirror } from '../../../../main/contract/team-channels';
import { scaleLabels } from './team-words';

type Shown = Extract<Mirror, { kind: 'mirror' }>;

/** Per theme a table: per statement how many members chose each scale point, with a bar to see it at a glance. */
export function StatementDistribution({ mirror }: { mirror: Shown }) {
  return (
    <section aria-labelledby="verdeling-kop">
      <h2 id="verdeling-kop">Per stelling</h2>
      <p>Hoeveel deelnemers kozen wat. Bij te weinig antwoorden op een stelling staat er niets.</p>
      {mirror.themes.map((theme) => (
        <table key={theme.themeId} className="data-table team-distribution">
          <caption>{theme.title}</caption>
          <thead>
            <tr>
              <th scope="col">Stelling</th>
              <th scope="col" className="team-bar-column">
                <span className="visually-hidden">Verdeling als balk</span>
              </th>
              {scaleLabels.map((label) => (
                <th scope="col" key={label}>
                  {label}
                </th>
              ))}
              <th scope="col">Leeg</th>
            </tr>
          </thead>
          <tbody>
            {mirror.statements
              .filter((statement) => statement.themeId === theme.themeId)
              .map((statement) => {
                const total = statement.counts?.reduce((sum, count) => sum + count, 0) ?? 0;
                return (
                  <tr key={statement.statementId}>
                    <th scope="row">
                      {statement.number}. {statement.text}
                    </th>
                    <td aria-hidden="true">
                      {statement.counts && (
                        <span className="team-bar">
                          {statement.counts.map((count, index) => (
                            <span
                              // biome-ignore lint/suspicious/noArrayIndexKey: the four scale points are fixed
                              key={index}
                              className={`team-bar-${index + 1}`}
                              style={{ width: `${(count / total) * 100}%` }}
                            />
                          ))}
                        </span>
                      )}
                    </td>
                    {(statement.counts ?? [null, null, null, null]).map((count, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the four scale points are fixed
                      <td key={index}>{count ?? '–'}</td>
                    ))}
                    <td>{statement.unanswered}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      ))}
    </section>
  );
}
