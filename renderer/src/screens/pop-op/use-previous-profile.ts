import { useEffect, useState } from 'react';
import type { LatestProfile } from '../../../../main/contract/self-analysis-channels';
import { call } from '../../api/client';
import type { RadarPrevious } from '../self-analysis/radar-chart';
import { radarPreviousOf } from '../self-analysis/radar-previous';

/**
 * The result before the latest profile, for the dashed outline in the side panel. The run's
 * own "since last time" holds it; without an earlier run (or when asking fails) there is none,
 * and the panel shows the latest profile alone.
 */
export function usePreviousProfile(profile: LatestProfile | undefined): RadarPrevious | undefined {
  const [previous, setPrevious] = useState<{ runId: number; value: RadarPrevious | undefined }>();

  // The store hands a new profile object only when it loads again.
  useEffect(() => {
    if (!profile) return;
    const { runId } = profile;
    const themeIds = profile.themes.map((theme) => theme.themeId);
    let current = true;
    void call('selfAnalysis.get', { runId }).then((result) => {
      if (current && result.ok) setPrevious({ runId, value: radarPreviousOf(themeIds, result.value.sincePrevious) });
    });
    return () => {
      current = false;
    };
  }, [profile]);

  return profile && previous?.runId === profile.runId ? previous.value : undefined;
}
