import type { ThemeId } from '../../contract/guide-content';
import type { Answers } from './scoring';

/** A statement with its theme and text, in the guide's order. */
export interface CatalogStatement {
  id: string;
  themeId: ThemeId;
  text: string;
}

/**
 * The statements to start from: those answered 'Zeer oneens' or 'Oneens'; when there are
 * none, those with the run's lowest answer, unless that is 'Zeer eens' everywhere.
 * Lowest first, then in the guide's order.
 */
export function lowestStatements(statements: readonly CatalogStatement[], answers: Answers) {
  const answered = statements.flatMap((statement) => {
    const value = answers.get(statement.id);
    return value === undefined
      ? []
      : [{ statementId: statement.id, themeId: statement.themeId, text: statement.text, value }];
  });
  const lowest = Math.min(...answered.map((item) => item.value));
  const threshold = lowest <= 2 ? 2 : lowest < 4 ? lowest : 0;
  return answered.filter((item) => item.value <= threshold).sort((a, b) => a.value - b.value);
}
