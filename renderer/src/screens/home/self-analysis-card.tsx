import type { DashboardSummary } from '../../../../main/contract/dashboard-channels';
import { runTitleWithDate } from '../../../../main/contract/self-analysis-format';
import { routeHref } from '../../app/routes';

/** The latest self-analysis, and after the months set in Instellingen the question whether it is time for a new one. */
export function SelfAnalysisCard({ summary }: { summary: DashboardSummary }) {
  const latest = summary.selfAnalysis;
  return (
    <section aria-labelledby="home-zelfanalyse-kop" className="home-card">
      <h2 id="home-zelfanalyse-kop">Je zelfanalyse</h2>
      {latest ? (
        <>
          <p>
            Je laatste zelfanalyse:{' '}
            <a href={routeHref('/zelfanalyses', 'run', latest.runId)}>{runTitleWithDate(latest)}</a>.
          </p>
          {latest.timeForNew ? (
            <p className="home-nudge">
              Dat is meer dan {summary.reminderMonths} {summary.reminderMonths === 1 ? 'maand' : 'maanden'} geleden.
              Tijd voor een nieuwe? <a href={routeHref('/zelfanalyses')}>Begin een nieuwe zelfanalyse</a>.
            </p>
          ) : (
            <p>
              <a href={routeHref('/zelfanalyses', 'geschiedenis')}>Bekijk je ontwikkeling</a>
            </p>
          )}
        </>
      ) : (
        <p>
          Je hebt nog geen zelfanalyse gedaan. <a href={routeHref('/zelfanalyses')}>Doe je eerste zelfanalyse</a>.
        </p>
      )}
    </section>
  );
}
