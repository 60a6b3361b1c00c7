import type { ThemeId } from '../../contract/guide-content';
import type {
  HistoryPage,
  LatestProfile,
  RunComparison,
  RunSummary,
  Trend,
} from '../../contract/self-analysis-channels';
import { compareRuns } from './history';
import type { RunReader } from './run-reader';

/**
 * Views over all runs: the list, two runs side by side, the trend and the latest complete
 * profile. Each reads the per-theme totals stored on the runs (migration 0006), so none of
 * them reads every answer of every run.
 */
export function createRunHistory(reader: RunReader) {
  const { catalog, repository } = reader;
  const statementCounts = () =>
    Object.fromEntries(catalog().analyses.map((theme) => [theme.themeId, theme.statements.length])) as Record<
      ThemeId,
      number
    >;
  return {
    /** The runs newest first: all of them, or the page asked for. */
    list: (page?: HistoryPage): RunSummary[] =>
      repository.runsNewestFirst(page?.limit ?? -1, page?.offset ?? 0).map(reader.summarize),

    compare(baseRunId: number, otherRunId: number): RunComparison {
      const base = reader.scored(baseRunId);
      const other = reader.scored(otherRunId);
      return { base: base.summary, other: other.summary, ...compareRuns(base, other, catalog().analyses) };
    },

    /** Per theme, its complete averages over time (oldest first). Incomplete results are left out, never drawn as 0. */
    trend: (): Trend => ({
      themes: catalog().analyses.map((theme) => ({
        themeId: theme.themeId,
        points: repository
          .trend(theme.themeId, theme.statements.length)
          .map(([runId, createdAt, average]) => ({ runId, createdAt, average })),
      })),
    }),

    /** The latest run in which all five themes are complete, or null. */
    latestProfile(): LatestProfile {
      const row = repository.latestCompleteProfile(statementCounts());
      if (!row) return null;
      const latest = reader.summarize(row);
      return {
        runId: latest.id,
        runName: latest.name,
        createdAt: latest.createdAt,
        // Complete themes always have an average; the filter only satisfies the type.
        themes: latest.themes.flatMap((theme) =>
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
