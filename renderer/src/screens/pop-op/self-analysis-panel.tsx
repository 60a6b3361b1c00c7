import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDate, runTitle } from '../../../../main/contract/self-analysis-format';
import { ErrorMessage } from '../../components/error-message';
import { usePopOpStore } from '../../stores/pop-op-store';
import { useSelfAnalysisLinkStore } from '../../stores/self-analysis-link-store';
import { RadarChart } from '../self-analysis/radar-chart';
import { selfAnalysisHref } from '../self-analysis/self-analysis-route';
import { openCandidates } from './action-candidates';
import { CandidateList } from './candidate-list';
import { usePreviousProfile } from './use-previous-profile';

/**
 * Beside the editor: the latest self-analysis profile and the statements marked "wil ik mee aan
 * de slag", so results become actions. Collapsible (a disclosure button in the heading).
 */
export function SelfAnalysisPanel() {
  const { profile, candidates, loadError, load } = useSelfAnalysisLinkStore();
  // Only the links, not the action texts: typing in an action must not re-render the panel.
  const linked = usePopOpStore(useShallow((state) => state.plan?.actions.map((action) => action.statementId) ?? []));
  const previous = usePreviousProfile(profile);
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  const headingId = useId();

  useEffect(() => {
    void load();
  }, [load]);

  const toAdd = openCandidates(candidates, linked);
  return (
    <aside className="self-analysis-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          Uit je zelfanalyses
        </button>
      </h2>
      <div id={bodyId} hidden={!open}>
        {loadError && <ErrorMessage message={loadError} />}
        {profile === null && candidates.length === 0 && (
          <p>
            Je hebt nog geen zelfanalyse ingevuld met alle vijf thema’s.{' '}
            <a href={selfAnalysisHref({ page: 'overview' })}>Ga naar Zelfanalyses</a> om er een in te vullen. Daarna zie
            je hier je profiel.
          </p>
        )}
        {profile && (
          <section aria-labelledby={`${headingId}-profiel`}>
            <h3 id={`${headingId}-profiel`}>Je laatste profiel</h3>
            <p>
              {runTitle({ name: profile.runName, createdAt: profile.createdAt })}
              {profile.runName && `, ${formatDate(profile.createdAt)}`}.{' '}
              <a href={selfAnalysisHref({ page: 'profile', runId: profile.runId })}>Bekijk het hele profiel</a>
            </p>
            <RadarChart
              compact
              caption="Je laatste profiel"
              axes={profile.themes.map((theme) => ({ label: theme.themeTitle, average: theme.average }))}
              previous={previous}
            />
          </section>
        )}
        {(profile || candidates.length > 0) && (
          <section aria-labelledby={`${headingId}-aan-de-slag`}>
            <h3 id={`${headingId}-aan-de-slag`}>Hier wil je mee aan de slag</h3>
            {toAdd.length > 0 ? (
              <CandidateList candidates={toAdd} />
            ) : (
              <p>
                {candidates.length > 0
                  ? 'Van elke stelling die je hebt aangevinkt, staat al een actie in dit plan.'
                  : 'Je hebt nog geen stellingen aangevinkt.'}{' '}
                {profile && (
                  <a href={selfAnalysisHref({ page: 'act', runId: profile.runId })}>
                    Kies stellingen bij Van resultaat naar actie
                  </a>
                )}
              </p>
            )}
          </section>
        )}
      </div>
    </aside>
  );
}
