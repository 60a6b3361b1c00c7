import { UserFacingError } from '../../contract/envelope';
import type { ThemeId } from '../../contract/guide-content';
import type { ActionCandidate, SuggestionRef, Suggestions } from '../../contract/self-analysis-channels';
import type { MarkRow } from '../../db/self-analysis-repository';
import type { Catalog } from './catalog';
import type { RunReader } from './run-reader';
import { lowestStatements } from './suggestions';

const suggestionOf = (mark: MarkRow): SuggestionRef | null =>
  mark.suggestionKind && mark.suggestionId
    ? { kind: mark.suggestionKind as SuggestionRef['kind'], id: mark.suggestionId }
    : null;

/** The tip's or resource's title, or undefined when it does not belong to the theme. */
function suggestionTitle(catalog: Catalog, themeId: ThemeId, suggestion: SuggestionRef): string | undefined {
  const theme = catalog.themeById.get(themeId);
  if (suggestion.kind === 'tip') return theme?.tips.find((tip) => tip.id === suggestion.id)?.title;
  return theme?.resources.find((resource) => resource.id === suggestion.id)?.name;
}

/** The statements of a run marked "wil ik mee aan de slag", each with the tip or resource picked for it. */
export function marksOf(reader: RunReader, runId: number) {
  return reader.repository
    .marks(runId)
    .map((mark) => ({ statementId: mark.statementId, suggestion: suggestionOf(mark) }));
}

/** The run's lowest answers, with the tips and resources of their themes. */
function suggestionsFor(reader: RunReader, runId: number): Suggestions {
  const catalog = reader.catalog();
  const row = reader.requireRun(runId);
  const statements = lowestStatements(
    catalog.statements.filter((statement) => row.scope === 'all' || statement.themeId === row.scope),
    reader.answersOf(runId),
  );
  // Themes in the guide's order; within a theme the lowest answers come first.
  const themeIds = catalog.analyses
    .map((analysis) => analysis.themeId)
    .filter((themeId) => statements.some((statement) => statement.themeId === themeId));
  return {
    statements,
    themes: themeIds.flatMap((themeId) => {
      const theme = catalog.themeById.get(themeId);
      if (!theme) return [];
      const tips = theme.tips.map(({ id, title, body }) => ({ id, title, body }));
      return [{ themeId, title: theme.title, tips, resources: theme.resources }];
    }),
  };
}

/** Every statement marked "wil ik mee aan de slag", newest run first. */
function actionCandidates(reader: RunReader): ActionCandidate[] {
  const catalog = reader.catalog();
  const runs = new Map(reader.repository.runs().map((row) => [row.id, row]));
  const answers = new Map<number, Map<string, number>>();
  return reader.repository.allMarks().flatMap((mark) => {
    const run = runs.get(mark.runId);
    const statement = catalog.statementById.get(mark.statementId);
    if (!run || !statement) return [];
    if (!answers.has(mark.runId)) answers.set(mark.runId, reader.answersOf(mark.runId));
    const suggestion = suggestionOf(mark);
    const title = suggestion && suggestionTitle(catalog, statement.themeId, suggestion);
    return [
      {
        runId: run.id,
        runName: run.name,
        runCreatedAt: run.createdAt,
        themeId: statement.themeId,
        themeTitle: catalog.themeById.get(statement.themeId)?.title ?? statement.themeId,
        statementId: statement.id,
        statementText: statement.text,
        answer: answers.get(mark.runId)?.get(statement.id) ?? null,
        suggestion: suggestion && title ? { ...suggestion, title } : null,
        markedAt: mark.markedAt,
      },
    ];
  });
}

/** Suggestions after a run, the marks that turn statements into actions, and the list of those actions. */
export function createActionMarks(reader: RunReader) {
  return {
    suggestions: (runId: number): Suggestions => suggestionsFor(reader, runId),

    mark(input: { runId: number; statementId: string; wanted: boolean; suggestion: SuggestionRef | null }) {
      const row = reader.requireRun(input.runId);
      const statement = reader.statementInRun(row, input.statementId);
      if (!input.wanted) {
        reader.repository.unmark(input.runId, input.statementId);
      } else {
        if (input.suggestion && suggestionTitle(reader.catalog(), statement.themeId, input.suggestion) === undefined) {
          throw new UserFacingError(
            'invalid-input',
            'Deze tip of dit hulpmiddel hoort niet bij het thema van de stelling.',
          );
        }
        reader.repository.mark(input.runId, input.statementId, input.suggestion, reader.now());
      }
      return marksOf(reader, input.runId);
    },

    actionCandidates: (): ActionCandidate[] => actionCandidates(reader),
  };
}
