import type { FinancingModelView } from '../../contract/financing-channels';
import type { FinancingContent } from '../../contract/guide-content';
import { ruleText } from './advise';
import { inSentence } from './labels';
import type { FinancingModel } from './model-schema';

/** The model as the renderer shows it: questions, answers in words and the forms with the guide's texts. */
export function modelView(model: FinancingModel, content: FinancingContent): FinancingModelView {
  const aspectName = (id: string) => model.aspects.find((a) => a.id === id)?.name ?? id;
  return {
    version: model.version,
    intro: content.intro,
    caution: content.caution,
    needs: model.needs.map(({ id, label, hint }) => ({ id, label, hint })),
    moneyRoles: model.moneyRoles,
    nonFinancialSupport: content.nonFinancialSupport,
    weights: [...model.weights].sort((a, b) => a.value - b.value),
    aspects: model.aspects,
    considerations: model.considerations.map((consideration) => {
      const guide = content.considerations.find((c) => c.id === consideration.id);
      return {
        id: consideration.id,
        title: guide?.title ?? consideration.id,
        question: consideration.question,
        hint: consideration.hint,
        explanation: guide?.explanation ?? '',
        answers: consideration.answers.map((answer) => ({
          id: answer.id,
          label: answer.label,
          looksFor: answer.targets.map(
            (t) => `${inSentence(aspectName(t.aspect))}: ${ruleText(t.rule, t.value)} van 4`,
          ),
        })),
      };
    }),
    forms: model.forms.map((form) => {
      const guide = content.forms.find((f) => f.id === form.id);
      return {
        id: form.id,
        order: guide?.order ?? 0,
        name: guide?.name ?? form.id,
        tagline: guide?.tagline ?? '',
        explanation: guide?.explanation ?? '',
        example: guide?.example ?? null,
        involvement: form.involvement,
        profile: model.aspects.map((aspect) => ({
          aspectId: aspect.id,
          value: form.profile[aspect.id]?.value ?? 0,
          reasoning: form.profile[aspect.id]?.reasoning ?? '',
        })),
      };
    }),
  };
}
