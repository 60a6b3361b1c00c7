import { create } from 'zustand';
import type { ActionCandidate, LatestProfile } from '../../../main/contract/self-analysis-channels';
import { call } from '../api/client';

interface SelfAnalysisLinkState {
  /** undefined while loading; null when no self-analysis has all five themes complete. */
  profile: LatestProfile | undefined;
  /** Every statement marked "wil ik mee aan de slag", newest run first. */
  candidates: ActionCandidate[];
  loadError: string | undefined;
  /** Asks main again: the user may have filled in or marked something since the last visit. */
  load(): Promise<void>;
}

/** What the POP-OP editor shows from the self-analyses: the latest profile and the marked statements. */
export const useSelfAnalysisLinkStore = create<SelfAnalysisLinkState>((set) => ({
  profile: undefined,
  candidates: [],
  loadError: undefined,

  async load() {
    const [profile, candidates] = await Promise.all([
      call('selfAnalysis.latestProfile', undefined),
      call('selfAnalysis.actionCandidates', undefined),
    ]);
    if (!profile.ok) return set({ loadError: profile.error.message });
    if (!candidates.ok) return set({ loadError: candidates.error.message });
    set({ profile: profile.value, candidates: candidates.value, loadError: undefined });
  },
}));
