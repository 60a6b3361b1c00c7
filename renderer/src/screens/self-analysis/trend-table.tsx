import { useState } from 'react';
import type { Trend } from '../../../../main/contract/self-analysis-channels';
import { formatAverage, formatDateTime } from '../../../../main/contract/self-analysis-format';

/** A row of the table: the run's date and time, after its name when it has one. */
function rowTitle(name: string, createdAt: string): string {
  return name ? `${name} (${formatDateTime(createdAt)})` : formatDateTime(createdAt);
}

/** The numbers behind the trend charts: one row per run, one column per theme; built when opened. */
export function TrendTable({
  trend,
  titleOf,
  nameOf,
}: {
  trend: Trend;
  titleOf: (themeId: string) => string;
  /** A run's own name, when it has one and is among the runs loaded; else the date and time say which run. */
  nameOf: (runId: number) => string;
}) {
  // With hundreds of runs the table is large; it is only put on the page once someone opens it.
  const [open, setOpen] = useState(false);
  const rows = new Map<number, { createdAt: string; averages: Map<string, number> }>();
  for (const theme of trend.themes) {
    for (const point of theme.points) {
      const row = rows.get(point.runId) ?? { createdAt: point.createdAt, averages: new Map() };
      row.averages.set(theme.themeId, point.average);
      rows.set(point.runId, row);
    }
  }
  const sorted = [...rows.entries()].sort(([a, x], [b, y]) => x.createdAt.localeCompare(y.createdAt) || a - b);
  if (sorted.length === 0) return null;
  return (
    <details className="trend-numbers" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>De cijfers van de grafieken als tabel</summary>
      {open && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>
              Gemiddelde per thema, per zelfanalyse. Een streepje: dat thema was toen niet (helemaal) ingevuld.
            </caption>
            <thead>
              <tr>
                <th scope="col">Datum</th>
                {trend.themes.map((theme) => (
                  <th scope="col" key={theme.themeId}>
                    {titleOf(theme.themeId)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map(([runId, row]) => (
                <tr key={runId}>
                  <th scope="row">{rowTitle(nameOf(runId), row.createdAt)}</th>
                  {trend.themes.map((theme) => {
                    const average = row.averages.get(theme.themeId);
                    return <td key={theme.themeId}>{average === undefined ? '–' : formatAverage(average)}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
