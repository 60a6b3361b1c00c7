import { UserFacingError } from '../../contract/envelope';
import type { GuideContent, ThemeId } from '../../contract/guide-content';
import {
  type ActionCandidate,
  type LatestProfile,
  type ReflectionQuestionId,
  type RunComparison,
  type RunDetail,
  type RunScope,
  type RunSummary,
  runScopeSchema,
  type SuggestionRef,
  type Suggestions,
  type Trend,
} from '../../contract/self-analysis-channels';
import type { RunRow, SelfAnalysisRepository } from '../../db/self-analysis-repository';
import { buildCatalog, type Catalog } from './catalog';
import { compareRuns, type ScoredRun, sincePrevious, trendOf } from './history';
import { type Answers, scoreRun } from './scoring';
import { lowestStatements } from './suggestions';

export interface SelfAnalysisServiceOptions {
  repository: SelfAnalysisRepository;
  /** The guide content; called on first use. */
  content: () => GuideContent;
  /** The clock; tests and the benchmark set it to spread runs over time. */
  now?: () => Date;
}

const runMissing = 'Deze zelfanalyse bestaat niet (meer). Misschien is hij verwijderd.';

/** The self-analyses: runs, answers, scores, history, reflections and action marks. */
export function createSelfAnalysisService(options: SelfAnalysisServiceOptions) {
  const { repository } = options;
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  let cachedCatalog: Catalog | undefined;
  const catalog = () => {
    cachedCatalog ??= buildCatalog(options.content());
    return cachedCatalog;
  };

  function score(row: RunRow, answers: Answers): ScoredRun {
    const scope = runScopeSchema.parse(row.scope);
    const scores = scoreRun(catalog().analyses, scope, answers, catalog().scaleLabels);
    return {
      summary: { id: row.id, name: row.name, scope, createdAt: row.createdAt, updatedAt: row.updatedAt, ...scores },
      answers,
    };
  }

  function requireRun(runId: number): RunRow {
    const row = repository.run(runId);
    if (!row) throw new UserFacingError('not-found', runMissing);
    return row;
  }

  function answersOf(runId: number): Map<string, number> {
    return new Map(repository.answers(runId).map((answer) => [answer.statementId, answer.value]));
  }

  /** Every run with its scores, oldest first: two queries however many runs there are. */
  function history(): ScoredRun[] {
    const byRun = new Map<number, Map<string, number>>();
    for (const answer of repository.allAnswers()) {
      const answers = byRun.get(answer.runId) ?? new Map<string, number>();
      answers.set(answer.statementId, answer.value);
      byRun.set(answer.runId, answers);
    }
    return repository.runs().map((row) => score(row, byRun.get(row.id) ?? new Map()));
  }

  /**
   * The run and just the earlier runs "sinds vorige keer" needs: walking back from the run, it
   * stops once every theme the run completed has met an earlier complete one. Opening a run then
   * costs a few runs' answers, not the whole history (which grows with years of use).
   */
  function runWithPredecessors(runId: number): { run: ScoredRun; history: ScoredRun[] } {
    const run = score(requireRun(runId), answersOf(runId));
    const rows = repository.runs();
    const position = rows.findIndex((row) => row.id === runId);
    const waitingFor = new Set(run.summary.themes.filter((theme) => theme.complete).map((theme) => theme.themeId));
    const earlier: ScoredRun[] = [];
    for (let index = position - 1; index >= 0 && waitingFor.size > 0; index -= 1) {
      const row = rows[index];
      if (!row) break;
      const candidate = score(row, answersOf(row.id));
      earlier.unshift(candidate);
      for (const theme of candidate.summary.themes) if (theme.complete) waitingFor.delete(theme.themeId);
    }
    return { run, history: [...earlier, run] };
  }

  function detail(runId: number): RunDetail {
    const { run, history: predecessors } = runWithPredecessors(runId);
    return {
      ...run.summary,
      answers: Object.fromEntries(run.answers),
      reflections: repository.reflections(runId).map((row) => ({
        themeId: row.themeId as ThemeId,
        questionId: row.questionId as ReflectionQuestionId,
        text: row.text,
      })),
      sincePrevious: sincePrevious(run, predecessors, catalog().analyses),
      marks: marksOf(runId),
    };
  }

  function marksOf(runId: number) {
    return repository.marks(runId).map((mark) => ({
      statementId: mark.statementId,
      suggestion:
        mark.suggestionKind && mark.suggestionId
          ? { kind: mark.suggestionKind as SuggestionRef['kind'], id: mark.suggestionId }
          : null,
    }));
  }

  /** The statement, checked to exist in the guide and to belong to the run's scope. */
  function statementInRun(row: RunRow, statementId: string) {
    const statement = catalog().statementById.get(statementId);
    if (!statement) throw new UserFacingError('invalid-input', `De stelling ${statementId} bestaat niet in de gids.`);
    if (row.scope !== 'all' && row.scope !== statement.themeId) {
      throw new UserFacingError('invalid-input', 'Deze stelling hoort niet bij deze zelfanalyse.');
    }
    return statement;
  }

  function suggestionTitle(themeId: ThemeId, suggestion: SuggestionRef): string | undefined {
    const theme = catalog().themeById.get(themeId);
    if (suggestion.kind === 'tip') return theme?.tips.find((tip) => tip.id === suggestion.id)?.title;
    return theme?.resources.find((resource) => resource.id === suggestion.id)?.name;
  }

  return {
    questionnaire: () => catalog().questionnaire,

    /** All runs, newest first. */
    list: (): RunSummary[] =>
      history()
        .map((run) => run.summary)
        .reverse(),

    start(scope: RunScope): RunDetail {
      return detail(repository.createRun(scope, now()));
    },

    get: (runId: number): RunDetail => detail(runId),

    answer(input: { runId: number; statementId: string; value: number }): RunSummary {
      const row = requireRun(input.runId);
      statementInRun(row, input.statementId);
      repository.answer(input.runId, input.statementId, input.value, now());
      return score(requireRun(input.runId), answersOf(input.runId)).summary;
    },

    reflect(input: { runId: number; themeId: ThemeId; questionId: ReflectionQuestionId; text: string }) {
      const row = requireRun(input.runId);
      if (row.scope !== 'all' && row.scope !== input.themeId) {
        throw new UserFacingError('invalid-input', 'Dit thema hoort niet bij deze zelfanalyse.');
      }
      const updatedAt = now();
      repository.reflect(input.runId, input.themeId, input.questionId, input.text, updatedAt);
      return { updatedAt };
    },

    rename(input: { runId: number; name: string }): RunSummary {
      requireRun(input.runId);
      repository.rename(input.runId, input.name.trim(), now());
      return score(requireRun(input.runId), answersOf(input.runId)).summary;
    },

    delete(runId: number): null {
      if (!repository.deleteRun(runId)) throw new UserFacingError('not-found', runMissing);
      return null;
    },

    compare(baseRunId: number, otherRunId: number): RunComparison {
      const base = score(requireRun(baseRunId), answersOf(baseRunId));
      const other = score(requireRun(otherRunId), answersOf(otherRunId));
      return { base: base.summary, other: other.summary, ...compareRuns(base, other, catalog().analyses) };
    },

    trend: (): Trend => trendOf(history(), catalog().analyses),

    suggestions(runId: number): Suggestions {
      const row = requireRun(runId);
      const statements = lowestStatements(
        catalog().statements.filter((statement) => row.scope === 'all' || statement.themeId === row.scope),
        answersOf(runId),
      );
      // Themes in the guide's order; within a theme the lowest answers come first.
      const themeIds = catalog()
        .analyses.map((analysis) => analysis.themeId)
        .filter((themeId) => statements.some((statement) => statement.themeId === themeId));
      return {
        statements,
        themes: themeIds.flatMap((themeId) => {
          const theme = catalog().themeById.get(themeId);
          if (!theme) return [];
          return [
            {
              themeId,
              title: theme.title,
              tips: theme.tips.map(({ id, title, body }) => ({ id, title, body })),
              resources: theme.resources,
            },
          ];
        }),
      };
    },

    mark(input: { runId: number; statementId: string; wanted: boolean; suggestion: SuggestionRef | null }) {
      const row = requireRun(input.runId);
      const statement = statementInRun(row, input.statementId);
      if (!input.wanted) {
        repository.unmark(input.runId, input.statementId);
      } else {
        if (input.suggestion && suggestionTitle(statement.themeId, input.suggestion) === undefined) {
          throw new UserFacingError(
            'invalid-input',
            'Deze tip of dit hulpmiddel hoort niet bij het thema van de stelling.',
          );
        }
        repository.mark(input.runId, input.statementId, input.suggestion, now());
      }
      return marksOf(input.runId);
    },

    /** Every statement marked "wil ik mee aan de slag", newest run first. */
    actionCandidates(): ActionCandidate[] {
      const runs = new Map(repository.runs().map((row) => [row.id, row]));
      const answers = new Map<number, Map<string, number>>();
      return repository.allMarks().flatMap((mark) => {
        const run = runs.get(mark.runId);
        const statement = catalog().statementById.get(mark.statementId);
        if (!run || !statement) return [];
        if (!answers.has(mark.runId)) answers.set(mark.runId, answersOf(mark.runId));
        const suggestion =
          mark.suggestionKind && mark.suggestionId
            ? { kind: mark.suggestionKind as SuggestionRef['kind'], id: mark.suggestionId }
            : null;
        const title = suggestion && suggestionTitle(statement.themeId, suggestion);
        return [
          {
            runId: run.id,
            runName: run.name,
            runCreatedAt: run.createdAt,
            themeId: statement.themeId,
            themeTitle: catalog().themeById.get(statement.themeId)?.title ?? statement.themeId,
            statementId: statement.id,
            statementText: statement.text,
            answer: answers.get(mark.runId)?.get(statement.id) ?? null,
            suggestion: suggestion && title ? { ...suggestion, title } : null,
            markedAt: mark.markedAt,
          },
        ];
      });
    },

    /** The latest run in which all five themes are complete, or null. */
    latestProfile(): LatestProfile {
      const latest = history().findLast((run) => run.summary.scope === 'all' && run.summary.complete);
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
export type SelfAnalysisService = ReturnType<typeof createSelfAnalysisService>;
