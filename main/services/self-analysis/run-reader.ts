import { UserFacingError } from '../../contract/envelope';
import type { GuideContent } from '../../contract/guide-content';
import { type RunSummary, runScopeSchema } from '../../contract/self-analysis-channels';
import type { RunRow, SelfAnalysisRepository } from '../../db/self-analysis-repository';
import { buildCatalog, type Catalog } from './catalog';
import type { ScoredRun } from './history';
import { type Answers, scoreRunTotals } from './scoring';

export interface SelfAnalysisServiceOptions {
  repository: SelfAnalysisRepository;
  /** The guide content; called on first use. */
  content: () => GuideContent;
  /** The clock; tests and the benchmark set it to spread runs over time. */
  now?: () => Date;
}

export const runMissing = 'Deze zelfanalyse bestaat niet (meer). Misschien is hij verwijderd.';

/**
 * What every part of the self-analysis service reads with: the guide's catalog (built on first
 * use), the clock, and stored runs with their answers and scores.
 */
export function createRunReader(options: SelfAnalysisServiceOptions) {
  const { repository } = options;
  let cachedCatalog: Catalog | undefined;
  const catalog = () => {
    cachedCatalog ??= buildCatalog(options.content());
    return cachedCatalog;
  };

  /** The run's scores from the totals stored on it, without reading its answers. */
  function summarize(row: RunRow): RunSummary {
    const scope = runScopeSchema.parse(row.scope);
    const scores = scoreRunTotals(catalog().analyses, scope, row.totals, catalog().scaleLabels);
    return { id: row.id, name: row.name, scope, createdAt: row.createdAt, updatedAt: row.updatedAt, ...scores };
  }

  function score(row: RunRow, answers: Answers): ScoredRun {
    return { summary: summarize(row), answers };
  }

  function requireRun(runId: number): RunRow {
    const row = repository.run(runId);
    if (!row) throw new UserFacingError('not-found', runMissing);
    return row;
  }

  function answersOf(runId: number): Map<string, number> {
    return new Map(repository.answers(runId).map((answer) => [answer.statementId, answer.value]));
  }

  return {
    repository,
    catalog,
    now: () => (options.now ?? (() => new Date()))().toISOString(),
    summarize,
    score,
    requireRun,
    answersOf,
    /** The run as stored now, with its scores. */
    scored: (runId: number): ScoredRun => score(requireRun(runId), answersOf(runId)),

    /** The statement, checked to exist in the guide and to belong to the run's scope. */
    statementInRun(row: RunRow, statementId: string) {
      const statement = catalog().statementById.get(statementId);
      if (!statement) throw new UserFacingError('invalid-input', `De stelling ${statementId} bestaat niet in de gids.`);
      if (row.scope !== 'all' && row.scope !== statement.themeId) {
        throw new UserFacingError('invalid-input', 'Deze stelling hoort niet bij deze zelfanalyse.');
      }
      return statement;
    },
  };
}
export type RunReader = ReturnType<typeof createRunReader>;
