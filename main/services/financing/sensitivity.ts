import type { Advice, Answers, SensitivityStep, Weights } from '../../contract/financing-channels';
import { considerationIds, type FinancingFormId } from '../../contract/guide-content';
import { type AdviceLabels, capitalise, joinDutch } from './labels';
import type { FinancingModel } from './model-schema';
import { countedAnswer, type Scoring, scoreForms } from './score';

function topOf(scoring: Scoring): FinancingFormId[] {
  return scoring.counted.length === 0 ? [] : scoring.forms.filter((f) => f.rank === 1).map((f) => f.formId);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

function stepEffect(step: Omit<SensitivityStep, 'summary' | 'effect'>, labels: AdviceLabels): string {
  const names = (ids: readonly FinancingFormId[]) => joinDutch(ids.map((id) => labels.form(id)));
  if (step.topChanged) {
    if (step.topAfter.length === 0) return 'Dan telt geen enkele afweging meer mee.';
    if (step.topBefore.length === 0) return `Dan staat ${names(step.topAfter)} bovenaan.`;
    return `Dan staat ${names(step.topAfter)} bovenaan in plaats van ${names(step.topBefore)}.`;
  }
  if (step.moves.length > 0)
    return `De eerste plaats blijft; ${step.moves.length === 1 ? '1 vorm verschuift' : `${step.moves.length} vormen verschuiven`}.`;
  return 'De volgorde blijft gelijk.';
}

function stepSummary(step: Omit<SensitivityStep, 'summary' | 'effect'>, effect: string, labels: AdviceLabels): string {
  const what = `${capitalise(labels.consideration(step.considerationId))} ${step.to > step.from ? 'zwaarder' : 'lichter'} (${step.from} → ${step.to})`;
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
): Advice['sensitivity'] {
  const base = scoreForms(model, answers, weights);
  const baseRank = new Map(base.forms.map((f) => [f.formId, f.rank]));
  const topBefore = topOf(base);
  const steps: SensitivityStep[] = [];
  for (const considerationId of considerationIds) {
    if (!countedAnswer(model, considerationId, answers[considerationId])) continue;
    const from = weights[considerationId];
    for (const to of [from - 1, from + 1]) {
      if (to < 0 || to > 3) continue;
      const moved = scoreForms(model, answers, { ...weights, [considerationId]: to });
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
