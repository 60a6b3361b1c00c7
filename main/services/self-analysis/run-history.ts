import type { LatestProfile, RunComparison, RunSummary, Trend } from '../../contract/self-analysis-channels';
import { compareRuns, trendOf } from './history';
import type { RunReader } from './run-reader';

/** Views over all runs: the list, two runs side by side, the trend and the latest complete profile. */
export function createRunHistory(reader: RunReader) {
  const { catalog } = reader;
  return {
    /** All runs, newest first. */
    list: (): RunSummary[] =>
      reader
        .history()
        .map((run) => run.summary)
        .reverse(),

    compare(baseRunId: number, otherRunId: number): RunComparison {
      const base = reader.scored(baseRunId);
      const other = reader.scored(otherRunId);
      return { base: base.summary, other: other.summary, ...compareRuns(base, other, catalog().analyses) };
    },

    trend: (): Trend => trendOf(reader.history(), catalog().analyses),

    /** The latest run in which all five themes are complete, or null. */
    latestProfile(): LatestProfile {
      const latest = reader.history().findLast((run) => run.summary.scope === 'all' && run.summary.complete);
      if (!latest) return null;
      return {
        runId: latest.summary.id,
        runName: latest.summary.name,
        createdAt: latest.summary.createdAt,
        // Complete themes always have an average; the filter only satisfies the type.
        themes: latest.summary.themes.flatMap((theme) =>
          theme.average === null
            ? []
            : [
                {
                  themeId: theme.themeId,
                  themeTitle: catalog().themeById.get(theme.themeId)?.title ?? theme.themeId,
                  average: theme.average,
                  reading: theme.reading,
                },
              ],
        ),
      };
    },
  };
}
