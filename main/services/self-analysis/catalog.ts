import type { GuideContent, Theme, ThemeId } from '../../contract/guide-content';
import type { Questionnaire } from '../../contract/self-analysis-channels';
import type { ThemeStatements } from './scoring';
import type { CatalogStatement } from './suggestions';

/** The guide's self-analyses arranged for scoring and look-ups. */
export interface Catalog {
  analyses: (ThemeStatements & { statements: CatalogStatement[] })[];
  statements: CatalogStatement[];
  statementById: ReadonlyMap<string, CatalogStatement>;
  themeById: ReadonlyMap<ThemeId, Theme>;
  scaleLabels: string[];
  questionnaire: Questionnaire;
}

/** Builds the catalog from the validated guide content. */
export function buildCatalog(content: GuideContent): Catalog {
  const { selfAnalyses } = content;
  const themeById = new Map(content.themes.map((theme) => [theme.id, theme]));
  const analyses = selfAnalyses.analyses.map((analysis) => ({
    themeId: analysis.themeId,
    statements: analysis.statements.map((statement) => ({ ...statement, themeId: analysis.themeId })),
  }));
  const statements = analyses.flatMap((analysis) => analysis.statements);
  return {
    analyses,
    statements,
    statementById: new Map(statements.map((statement) => [statement.id, statement])),
    themeById,
    scaleLabels: selfAnalyses.scale.map((step) => step.label),
    questionnaire: {
      intro: selfAnalyses.intro,
      literalNote: selfAnalyses.literalNote,
      reading: selfAnalyses.reading,
      scale: selfAnalyses.scale,
      reflectionQuestions: selfAnalyses.reflectionQuestions,
      themes: analyses.map((analysis) => {
        const theme = themeById.get(analysis.themeId);
        return {
          id: analysis.themeId,
          number: theme?.number ?? 0,
          title: theme?.title ?? analysis.themeId,
          motto: theme?.motto ?? '',
          statements: analysis.statements.map(({ id, text, explanation }) => ({ id, text, explanation })),
        };
      }),
    },
  };
}
