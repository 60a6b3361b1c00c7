import type { ActionFields } from '../../../../main/contract/pop-op-channels';
import type { ActionCandidate } from '../../../../main/contract/self-analysis-channels';

/**
 * The marked statements this plan has no action for yet. A statement marked in several runs
 * appears once, from the newest run (main lists the newest first).
 */
export function openCandidates(
  candidates: readonly ActionCandidate[],
  linkedStatementIds: readonly (string | null)[],
): ActionCandidate[] {
  const seen = new Set(linkedStatementIds.filter((id) => id !== null));
  return candidates.filter((candidate) => {
    if (seen.has(candidate.statementId)) return false;
    seen.add(candidate.statementId);
    return true;
  });
}

/** A new action made from a marked statement: its text as a first "what", linked back to the statement. */
export function actionFromCandidate(candidate: ActionCandidate): Partial<ActionFields> {
  return { what: candidate.statementText, statementId: candidate.statementId };
}
