import type { GuideContent } from '../../contract/guide-content';
import type { TeamTheme } from './aggregate';

/** The guide's five self-analyses as the Teamspiegel needs them: titles, statements, tips. */
export interface TeamCatalog {
  themes: TeamTheme[];
  /** Every statement id, in the guide's order: the answers a share file holds. */
  statementIds: string[];
  tipsOf(themeId: TeamTheme['themeId']): { id: string; title: string; body: string }[];
}

export function buildTeamCatalog(content: GuideContent): TeamCatalog {
  const themeById = new Map(content.themes.map((theme) => [theme.id, theme]));
  const themes = content.selfAnalyses.analyses.map((analysis) => ({
    themeId: analysis.themeId,
    title: themeById.get(analysis.themeId)?.title ?? analysis.themeId,
    statements: analysis.statements,
  }));
  return {
    themes,
    statementIds: themes.flatMap((theme) => theme.statements.map((statement) => statement.id)),
    tipsOf: (themeId) => (themeById.get(themeId)?.tips ?? []).map(({ id, title, body }) => ({ id, title, body })),
  };
}
