import { popOpLimits } from '../../../../main/contract/pop-op-channels';
import type { ActionCandidate } from '../../../../main/contract/self-analysis-channels';
import { usePopOpStore } from '../../stores/pop-op-store';
import { actionFromCandidate } from './action-candidates';

/**
 * The statements marked "wil ik mee aan de slag" that have no action in this plan yet, each one
 * button away from becoming one. The new action takes the focus (see ActionItem), so the user
 * can rewrite the statement into what they will actually do.
 */
export function CandidateList({ candidates }: { candidates: ActionCandidate[] }) {
  const busy = usePopOpStore((state) => state.busy);
  const full = usePopOpStore((state) => (state.plan?.actions.length ?? 0) >= popOpLimits.actions);
  const addAction = usePopOpStore((state) => state.addAction);
  return (
    <ul className="candidate-list">
      {candidates.map((candidate) => (
        <li key={candidate.statementId}>
          <p className="candidate-theme">{candidate.themeTitle}</p>
          <p className="candidate-text">“{candidate.statementText}”</p>
          {candidate.suggestion && (
            <p className="form-hint">
              Beginnen met {candidate.suggestion.kind === 'tip' ? 'de tip' : 'het hulpmiddel'} “
              {candidate.suggestion.title}”
            </p>
          )}
          <button
            type="button"
            className="button-subtle"
            disabled={busy || full}
            onClick={() => void addAction(actionFromCandidate(candidate))}
          >
            Maak hier een actie van<span className="visually-hidden"> (stelling “{candidate.statementText}”)</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
