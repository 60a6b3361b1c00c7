import type { FinancingModelView } from '../../contract/financing-channels';
import type { FinancingContent } from '../../contract/guide-content';
import type { FinancingModel } from './model-schema';

/** The model as the renderer shows it: questions, answers in words and the forms with the guide's texts. */
export function modelView(model: FinancingModel, content: FinancingContent): FinancingModelView {
  return {
    version: model.version,
    intro: content.intro,
    caution: content.caution,
    needs: model.needs.map(({ id, label, hint }) => ({ id, label, hint })),
    moneyRoles: model.moneyRoles,
    purposes: model.purposes.map(({ id, label, hint }) => ({ id, label, hint })),
    amountSource: model.amountSource,
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
          meaning: answer.targets.map((t) => t.reasoning).join(' '),
        })),
      };
    }),
    forms: model.forms.map((form) => {
      const guide = content.forms.find((f) => f.id === form.id);
      return {
        id: form.id,
        order: guide?.order ?? 0,
        name: guide?.name ?? form.id,
        tagline: form.tagline ?? guide?.tagline ?? '',
        explanation: guide?.explanation ?? '',
        example: guide?.example ?? null,
        involvement: form.involvement,
        givesMoney: form.eligibility.givesMoney,
        whatItDoes: form.eligibility.whatItDoes,
        maxAmount: form.eligibility.maxAmount?.value ?? null,
        profile: model.aspects.map((aspect) => ({
          aspectId: aspect.id,
          value: form.profile[aspect.id]?.value ?? 0,
          reasoning: form.profile[aspect.id]?.reasoning ?? '',
        })),
      };
    }),
  };
}
