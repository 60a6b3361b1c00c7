import type { StatementAggregate } from '../../contract/team-channels';

/** How many statements each kind of conversation starter lists. */
export const startersPerKind = 3;

type Starter = {
  reason: 'spread' | 'low';
  statementId: string;
  themeId: StatementAggregate['themeId'];
  text: string;
  median: number;
  iqr: number;
};

function asStarter(reason: Starter['reason'], statement: StatementAggregate): Starter[] {
  if (!statement.spread) return [];
  const { statementId, themeId, text } = statement;
  return [{ reason, statementId, themeId, text, median: statement.spread.median, iqr: statement.spread.iqr }];
}

/**
 * Gespreksstarters: the statements the team disagrees on most (widest interquartile range,
 * only where there is any spread) and those it scores lowest (lowest median, only below
 * "Zeer eens"). Ties keep the guide's order, so the list is the same every time.
 */
export function conversationStarters(statements: readonly StatementAggregate[]): Starter[] {
  const shown = statements.flatMap((statement) => (statement.spread ? [statement] : []));
  const widest = [...shown]
    .filter((statement) => (statement.spread?.iqr ?? 0) > 0)
    .sort((a, b) => (b.spread?.iqr ?? 0) - (a.spread?.iqr ?? 0))
    .slice(0, startersPerKind)
    .flatMap((statement) => asStarter('spread', statement));
  const lowest = [...shown]
    .filter((statement) => (statement.spread?.median ?? 4) < 4)
    .sort((a, b) => (a.spread?.median ?? 4) - (b.spread?.median ?? 4))
    .slice(0, startersPerKind)
    .flatMap((statement) => asStarter('low', statement));
  return [...widest, ...lowest];
}
