import { useEffect, useRef, useState } from 'react';
import type { Questionnaire, RunSummary } from '../../../../main/contract/self-analysis-channels';
import { ScreenHeading } from '../../components/screen-heading';
import { useHeadingFocusAfterLoading } from '../../lib/heading-focus';
import { useSelfAnalysisStore } from '../../stores/self-analysis-store';
import { CompareForm } from './compare-form';
import { Loading } from './loading';
import { RunTable } from './run-table';
import { selfAnalysisHref } from './self-analysis-route';
import { TrendChart } from './trend-chart';
import { TrendTable } from './trend-table';

/** Geschiedenis: how each theme developed over time, every run, and a way to compare two. */
export function HistoryScreen() {
  const runs = useSelfAnalysisStore((state) => state.runs);
  const trend = useSelfAnalysisStore((state) => state.trend);
  const questionnaire = useSelfAnalysisStore((state) => state.questionnaire);
  const loadError = useSelfAnalysisStore((state) => state.loadError);
  const moreRuns = useSelfAnalysisStore((state) => state.moreRuns);
  useEffect(() => {
    const store = useSelfAnalysisStore.getState();
    void store.loadQuestionnaire();
    void store.loadHistory();
  }, []);
  useHeadingFocusAfterLoading(runs && trend && questionnaire);
  if (!runs || !trend || !questionnaire) return <Loading heading="Je ontwikkeling" error={loadError} />;
  const titleOf = (themeId: string) => questionnaire.themes.find((theme) => theme.id === themeId)?.title ?? themeId;

  return (
    <>
      <p className="run-meta">
        <a href={selfAnalysisHref({ page: 'overview' })}>Zelfanalyses</a> › Je ontwikkeling
      </p>
      <ScreenHeading>Je ontwikkeling</ScreenHeading>
      <p className="lead">
        Zo ontwikkel jij je per thema. Het is een spiegel voor jezelf: je vergelijkt alleen met jezelf, niet met
        anderen.
      </p>
      <section aria-labelledby="trend-kop">
        <h2 id="trend-kop">Per thema door de tijd</h2>
        <p>Alleen thema’s die je helemaal hebt ingevuld, staan in de grafieken. Schaal van 1 tot 4.</p>
        <div className="trend-grid-layout">
          {trend.themes.map((theme) => (
            <TrendChart key={theme.themeId} title={titleOf(theme.themeId)} points={theme.points} />
          ))}
        </div>
        <TrendTable
          trend={trend}
          titleOf={titleOf}
          nameOf={(runId) => runs.find((run) => run.id === runId)?.name ?? ''}
        />
      </section>
      <section aria-labelledby="vergelijk-kop">
        <h2 id="vergelijk-kop">Twee zelfanalyses naast elkaar</h2>
        {runs.length < 2 ? (
          <p>Als je twee of meer zelfanalyses hebt, kun je ze hier vergelijken.</p>
        ) : (
          <CompareForm runs={runs} baseRunId={runs[1]?.id} otherRunId={runs[0]?.id} />
        )}
      </section>
      <section aria-labelledby="alle-kop">
        <h2 id="alle-kop">Alle zelfanalyses</h2>
        {runs.length === 0 ? (
          <p>Je hebt nog geen zelfanalyse ingevuld.</p>
        ) : (
          <PagedRunTable runs={runs} more={moreRuns} questionnaire={questionnaire} />
        )}
      </section>
    </>
  );
}

/**
 * The newest runs, a page at a time: "Meer laden" appends the next page and puts the focus
 * on the first run it added, so a keyboard or screen reader user goes on where the list grew.
 */
function PagedRunTable({
  runs,
  more,
  questionnaire,
}: {
  runs: readonly RunSummary[];
  more: boolean;
  questionnaire: Questionnaire;
}) {
  const table = useRef<HTMLDivElement>(null);
  // The row to focus once it is on screen: the first of the page just asked for.
  const [focusRow, setFocusRow] = useState<number>();
  useEffect(() => {
    if (focusRow === undefined || runs.length <= focusRow) return;
    table.current?.querySelectorAll<HTMLElement>('tbody th a')[focusRow]?.focus();
    setFocusRow(undefined);
  }, [runs, focusRow]);
  const loadMore = () => {
    setFocusRow(runs.length);
    void useSelfAnalysisStore.getState().loadMoreRuns();
  };
  return (
    <div ref={table}>
      <RunTable
        runs={runs}
        questionnaire={questionnaire}
        caption={more ? `De nieuwste ${runs.length} zelfanalyses` : `${runs.length} zelfanalyses, nieuwste eerst`}
      />
      {more && (
        <p>
          <button type="button" className="button button-secondary" onClick={loadMore}>
            Meer laden
          </button>
        </p>
      )}
    </div>
  );
}
