import type { GuideContent } from '../../contract/guide-content';
import type { PopOpTemplateView } from '../../contract/pop-op-channels';

/** The POP-OP questions with the guide's prompts, and the self-analysis statements an action may link to. */
export function popOpTemplateView(content: GuideContent): PopOpTemplateView {
  const themeTitles = new Map(content.themes.map((theme) => [theme.id, theme.title]));
  return {
    intro: content.popOp.intro,
    questions: [...content.popOp.questions].sort((a, b) => a.number - b.number),
    statementGroups: content.selfAnalyses.analyses.map((analysis) => ({
      themeId: analysis.themeId,
      themeTitle: themeTitles.get(analysis.themeId) ?? analysis.themeId,
      statements: analysis.statements,
    })),
  };
}

/** Statement id → statement text, for showing where an action came from. */
export function statementTexts(content: GuideContent): Map<string, string> {
  return new Map(
    content.selfAnalyses.analyses.flatMap((analysis) =>
      analysis.statements.map((statement) => [statement.id, statement.text] as const),
    ),
  );
}
