import {
  type PlanFieldKey,
  type PopOpTemplateView,
  planValueFieldLabels,
} from '../../../../main/contract/pop-op-channels';

export { actionFieldLabels } from '../../../../main/contract/pop-op-channels';

/** The Dutch name of a plan field; questions 1–3 are named by the guide's question. */
export function planFieldLabel(key: PlanFieldKey, template: PopOpTemplateView | undefined): string {
  if (key === 'nu' || key === 'richting' || key === 'nodig') {
    const question = template?.questions.find((candidate) => candidate.id === key);
    return question ? `${question.number}. ${question.title}` : key;
  }
  return planValueFieldLabels[key];
}
