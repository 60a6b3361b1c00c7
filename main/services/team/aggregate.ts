import type { ThemeId } from '../../contract/guide-content';
import type { StatementAggregate, ThemeAggregate } from '../../contract/team-channels';
import { distribution, spreadOf } from './statistics';

/** The statements of one theme, in the guide's order. */
export interface TeamTheme {
  themeId: ThemeId;
  title: string;
  statements: readonly { id: string; text: string }[];
}

/** One member's answers: statement id → 1–4; an empty answer is absent. */
export type MemberAnswers = ReadonlyMap<string, number>;

/**
 * A member's score on a theme: the average of its statements, only when they answered all
 * of them (as in the self-analysis, an incomplete theme gets no score).
 */
export function memberThemeAverage(theme: TeamTheme, answers: MemberAnswers): number | null {
  const values = theme.statements.map((statement) => answers.get(statement.id));
  if (values.some((value) => value === undefined)) return null;
  return (values as number[]).reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Per theme the team median and interquartile range over the members' theme averages.
 * A theme fewer than `minimum` members completed shows nothing, so it never narrows down to one person.
 */
export function aggregateThemes(
  themes: readonly TeamTheme[],
  members: readonly MemberAnswers[],
  minimum: number,
): ThemeAggregate[] {
  return themes.map((theme) => {
    const averages = members.flatMap((answers) => {
      const average = memberThemeAverage(theme, answers);
      return average === null ? [] : [average];
    });
    return { themeId: theme.themeId, title: theme.title, spread: spreadOf(averages, minimum) };
  });
}

/** Per statement the distribution over the four scale points, its median and interquartile range. */
export function aggregateStatements(
  themes: readonly TeamTheme[],
  members: readonly MemberAnswers[],
  minimum: number,
): StatementAggregate[] {
  return themes.flatMap((theme) =>
    theme.statements.map((statement, index) => {
      const values = members.flatMap((answers) => {
        const value = answers.get(statement.id);
        return value === undefined ? [] : [value];
      });
      const shown = values.length >= minimum;
      return {
        statementId: statement.id,
        themeId: theme.themeId,
        number: index + 1,
        text: statement.text,
        counts: shown ? distribution(values) : null,
        unanswered: members.length - values.length,
        spread: spreadOf(values, minimum),
      };
    }),
  );
}
