import type { Advice, Answers, SensitivityStep, Weights } from '../../contract/financing-channels';
import { considerationIds, type FinancingFormId } from '../../contract/guide-content';
import { type AdviceLabels, inSentence, joinDutch } from './labels';
import type { FinancingModel } from './model-schema';
import { countedAnswer, type Scoring, scoreForms } from './score';

function topOf(scoring: Scoring): FinancingFormId[] {
  return scoring.counted.length === 0 ? [] : scoring.forms.filter((f) => f.rank === 1).map((f) => f.formId);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** What happens to the first place, in a sentence that is right for one form, several, or a shared place. */
export function topChangeSentence(
  before: readonly FinancingFormId[],
  after: readonly FinancingFormId[],
  labels: AdviceLabels,
): string {
  const names = (ids: readonly FinancingFormId[]) => joinDutch(ids.map((id) => labels.form(id)));
  const verb = (ids: readonly FinancingFormId[]) => (ids.length > 1 ? 'staan' : 'staat');
  if (after.length === 0) return 'Dan telt geen enkele afweging meer mee.';
  if (before.length === 0) return `Dan ${verb(after)} ${names(after)} bovenaan.`;
  const joining = after.filter((id) => !before.includes(id));
  const leaving = before.filter((id) => !after.includes(id));
  // A tie: the old first stays and others join it ("delen de eerste plaats"), or some of a shared first drop out.
  if (leaving.length === 0)
    return `Dan ${joining.length > 1 ? 'delen' : 'deelt'} ${names(joining)} de eerste plaats met ${names(before)}.`;
  if (joining.length === 0) return `Dan ${verb(after)} alleen ${names(after)} nog bovenaan.`;
  return `Dan ${verb(after)} ${names(after)} bovenaan in plaats van ${names(before)}.`;
}

function stepEffect(step: Omit<SensitivityStep, 'summary' | 'effect'>, labels: AdviceLabels): string {
  if (step.topChanged) return topChangeSentence(step.topBefore, step.topAfter, labels);
  if (step.moves.length > 0)
    return `De eerste plaats blijft; ${step.moves.length === 1 ? '1 vorm verschuift' : `${step.moves.length} vormen verschuiven`}.`;
  return 'De volgorde blijft gelijk.';
}

function stepSummary(step: Omit<SensitivityStep, 'summary' | 'effect'>, effect: string, labels: AdviceLabels): string {
  const name = inSentence(labels.consideration(step.considerationId));
  const what =
    step.to === 0 ? `Als ${name} niet meetelt` : `Als ${name} ${step.to > step.from ? 'zwaarder' : 'lichter'} weegt`;
  return `${what}: ${effect.charAt(0).toLocaleLowerCase('nl-NL')}${effect.slice(1)}`;
}

/**
 * How robust the ranking is: every answered consideration's weight moved one step down and
 * one step up (within 0–3), with the forms whose rank changes and whether the top changes.
 */
export function weightSensitivity(
  model: FinancingModel,
  answers: Answers,
  weights: Weights,
  labels: AdviceLabels,
  formIds: readonly FinancingFormId[] = model.forms.map((f) => f.id),
): Advice['sensitivity'] {
  const base = scoreForms(model, answers, weights, formIds);
  const baseRank = new Map(base.forms.map((f) => [f.formId, f.rank]));
  const topBefore = topOf(base);
  const steps: SensitivityStep[] = [];
  for (const considerationId of considerationIds) {
    if (!countedAnswer(model, considerationId, answers[considerationId])) continue;
    const from = weights[considerationId];
    for (const to of [from - 1, from + 1]) {
      if (to < 0 || to > 3) continue;
      const moved = scoreForms(model, answers, { ...weights, [considerationId]: to }, formIds);
      const topAfter = topOf(moved);
      const moves =
        base.counted.length === 0 || moved.counted.length === 0
          ? []
          : moved.forms
              .filter((f) => f.rank !== baseRank.get(f.formId))
              .map((f) => ({ formId: f.formId, before: baseRank.get(f.formId) ?? 0, after: f.rank }));
      const step = { considerationId, from, to, topBefore, topAfter, topChanged: !sameSet(topBefore, topAfter), moves };
      const effect = stepEffect(step, labels);
      steps.push({ ...step, effect, summary: stepSummary(step, effect, labels) });
    }
  }
  if (base.counted.length === 0)
    return {
      robust: false,
      summary: 'Er is nog geen advies: beantwoord minstens één afweging en laat die meetellen.',
      steps,
    };
  const changing = steps.filter((s) => s.topChanged).length;
  const top = joinDutch(topBefore.map((id) => labels.form(id)));
  return {
    robust: changing === 0,
    summary:
      changing === 0
        ? `Het advies is stevig: als je één gewicht een stap zwaarder of lichter maakt, ${topBefore.length > 1 ? 'blijven' : 'blijft'} ${top} bovenaan.`
        : `Het advies is gevoelig: bij ${changing} van de ${steps.length} stappen komt er iets anders bovenaan dan ${top}. Bespreek vooral die afwegingen met de initiatiefnemer.`,
    steps,
  };
}
