import type { ThemeId } from '../../../../main/contract/guide-content';
import type { ThemeChange } from '../../../../main/contract/self-analysis-channels';
import { runTitle } from '../../../../main/contract/self-analysis-format';
import type { RadarPrevious } from './radar-chart';

/**
 * The earlier result to draw under a profile: per theme the score of the latest earlier run in
 * which that theme was complete (`sincePrevious`). Usually one run; when the themes come from
 * different runs the legend says so. Undefined when there is no earlier result at all.
 */
export function radarPreviousOf(
  themeIds: readonly ThemeId[],
  sincePrevious: readonly ThemeChange[],
): RadarPrevious | undefined {
  if (sincePrevious.length === 0) return undefined;
  const changeOf = (themeId: ThemeId) => sincePrevious.find((change) => change.themeId === themeId);
  const runs = new Set(sincePrevious.map((change) => change.previousRunId));
  const first = sincePrevious[0];
  const label =
    runs.size === 1 && first
      ? runTitle({ name: first.previousRunName, createdAt: first.previousCreatedAt })
      : 'per thema de laatste eerdere uitslag';
  return { label, averages: themeIds.map((themeId) => changeOf(themeId)?.before ?? null) };
}
