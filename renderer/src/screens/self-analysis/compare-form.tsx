import { useState } from 'react';
import type { RunSummary } from '../../../../main/contract/self-analysis-channels';
import { runTitleWithDate } from '../../../../main/contract/self-analysis-format';
import { selfAnalysisHref } from './self-analysis-route';

/** Two selects to choose which runs to put side by side. */
export function CompareForm({
  runs,
  baseRunId,
  otherRunId,
}: {
  runs: readonly RunSummary[];
  baseRunId: number | undefined;
  otherRunId: number | undefined;
}) {
  const [base, setBase] = useState(baseRunId ?? runs[1]?.id ?? 0);
  const [other, setOther] = useState(otherRunId ?? runs[0]?.id ?? 0);
  const option = (run: RunSummary) => (
    <option key={run.id} value={run.id}>
      {runTitleWithDate(run)}
      {run.complete ? '' : ' (nog niet compleet)'}
    </option>
  );
  return (
    <form
      className="compare-form"
      onSubmit={(event) => {
        event.preventDefault();
        window.location.hash = selfAnalysisHref({ page: 'compare', baseRunId: base, otherRunId: other });
      }}
    >
      <div className="form-field">
        <label htmlFor="vergelijk-eerst">Eerst</label>
        <select id="vergelijk-eerst" value={base} onChange={(event) => setBase(Number(event.target.value))}>
          {runs.map(option)}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="vergelijk-daarna">Daarna</label>
        <select id="vergelijk-daarna" value={other} onChange={(event) => setOther(Number(event.target.value))}>
          {runs.map(option)}
        </select>
      </div>
      <button type="submit" className="button">
        Vergelijken
      </button>
    </form>
  );
}
