import { useEffect, useState } from 'react';
import { ScreenHeading } from '../../components/screen-heading';
import { useSelfAnalysisStore } from '../../stores/self-analysis-store';
import { CompareForm } from './compare-form';
import { Loading } from './loading';
import { RunTable } from './run-table';
import { selfAnalysisHref } from './self-analysis-route';
import { TrendChart } from './trend-chart';
import { TrendTable } from './trend-table';

// Enough for years of use; more are one click away, so the screen stays quick with hundreds of runs.
const pageSize = 50;

/** Geschiedenis: how each theme developed over time, every run, and a way to compare two. */
export function HistoryScreen() {
  const runs = useSelfAnalysisStore((state) => state.runs);
  const trend = useSelfAnalysisStore((state) => state.trend);
  const questionnaire = useSelfAnalysisStore((state) => state.questionnaire);
  const loadError = useSelfAnalysisStore((state) => state.loadError);
  const [showAll, setShowAll] = useState(false);
  useEffect(() => {
    const store = useSelfAnalysisStore.getState();
    void store.loadQuestionnaire();
    void store.loadHistory();
  }, []);
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
        <TrendTable trend={trend} titleOf={titleOf} />
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
          <>
            <RunTable
              runs={showAll ? runs : runs.slice(0, pageSize)}
              questionnaire={questionnaire}
              caption={
                showAll || runs.length <= pageSize
                  ? `${runs.length} zelfanalyses, nieuwste eerst`
                  : `De nieuwste ${pageSize} van ${runs.length} zelfanalyses`
              }
            />
            {!showAll && runs.length > pageSize && (
              <p>
                <button type="button" className="button button-secondary" onClick={() => setShowAll(true)}>
                  Toon alle {runs.length} zelfanalyses
                </button>
              </p>
            )}
          </>
        )}
      </section>
    </>
  );
}
