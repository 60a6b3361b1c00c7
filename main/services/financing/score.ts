import type { Answers, Weights } from '../../contract/financing-channels';
import { type ConsiderationId, considerationIds, type FinancingFormId } from '../../contract/guide-content';
import { type FinancingModel, type ModelAnswer, type Rule, scaleMax } from './model-schema';

/**
 * The scoring rule of the Financieringshulp, pure and exact. For each answered
 * consideration, every form gets a fit from 0 to 4 per aspect (4 minus its distance from
 * what the answer looks for); a consideration's fit is the mean over its aspects; a form's
 * score is the weighted mean of those fits. Fits are kept in 24ths so sums and ties are
 * exact integers (a consideration has at most three aspects).
 */

/** A consideration's fit is counted in 24ths of the best fit. */
export const fitUnits = 24;

/** How well one profile value meets one rule: 4 (exactly right) down to 0 (four steps off). */
export function aspectFit(rule: Rule, target: number, value: number): number {
  const distance =
    rule === 'minstens'
      ? Math.max(0, target - value)
      : rule === 'hoogstens'
        ? Math.max(0, value - target)
        : Math.abs(value - target);
  return scaleMax - distance;
}

export interface AspectMatch {
  aspectId: string;
  rule: Rule;
  target: number;
  formValue: number;
  fit: number;
  targetReasoning: string;
  profileReasoning: string;
}

/** One form against one answer: the fit in 24ths and the comparison per aspect. */
export function answerFit(
  model: FinancingModel,
  formId: FinancingFormId,
  answer: ModelAnswer,
): { units: number; aspects: AspectMatch[] } {
  const form = model.forms.find((f) => f.id === formId);
  if (!form) throw new Error(`form ${formId} missing from model`);
  const aspects = answer.targets.map((target) => {
    const profile = form.profile[target.aspect];
    if (!profile) throw new Error(`profile ${formId}.${target.aspect} missing`);
    return {
      aspectId: target.aspect,
      rule: target.rule,
      target: target.value,
      formValue: profile.value,
      fit: aspectFit(target.rule, target.value, profile.value),
      targetReasoning: target.reasoning,
      profileReasoning: profile.reasoning,
    };
  });
  const sum = aspects.reduce((total, aspect) => total + aspect.fit, 0);
  return { units: (sum * fitUnits) / (scaleMax * aspects.length), aspects };
}

/** The model's answer for a consideration, or undefined when it does not count (unanswered, 'weet-niet'). */
export function countedAnswer(
  model: FinancingModel,
  considerationId: ConsiderationId,
  answerId: string | null,
): ModelAnswer | undefined {
  if (answerId === null) return undefined;
  const answer = model.considerations.find((c) => c.id === considerationId)?.answers.find((a) => a.id === answerId);
  return answer && answer.targets.length > 0 ? answer : undefined;
}

export interface ScoredForm {
  formId: FinancingFormId;
  /** Σ weight × fit in 24ths: the exact quantity forms are ranked by. */
  points: number;
  /** 1 = best; equal points share a rank. */
  rank: number;
  /** 0–100. */
  score: number;
}

export interface Scoring {
  counted: ConsiderationId[];
  totalWeight: number;
  /** Best first; equal points keep the guide's order. */
  forms: ScoredForm[];
}

/**
 * Scores and ranks the given forms (by default all nine; the advice passes the eligible ones).
 * Without a counted consideration every form has 0 points and rank 1.
 */
export function scoreForms(
  model: FinancingModel,
  answers: Answers,
  weights: Weights,
  formIds: readonly FinancingFormId[] = model.forms.map((f) => f.id),
): Scoring {
  const counted = considerationIds.filter(
    (id) => weights[id] > 0 && countedAnswer(model, id, answers[id]) !== undefined,
  );
  const totalWeight = counted.reduce((total, id) => total + weights[id], 0);
  const forms = model.forms.filter((form) => formIds.includes(form.id));
  const scored = forms.map((form, order) => {
    let points = 0;
    for (const id of counted) {
      const answer = countedAnswer(model, id, answers[id]);
      if (answer) points += weights[id] * answerFit(model, form.id, answer).units;
    }
    return { formId: form.id, points, order };
  });
  // The model file lists the forms in the guide's order, so that order breaks ties.
  scored.sort((a, b) => b.points - a.points || a.order - b.order);
  return {
    counted,
    totalWeight,
    forms: scored.map(({ formId, points }) => ({
      formId,
      points,
      rank: 1 + scored.filter((other) => other.points > points).length,
      score: totalWeight === 0 ? 0 : (100 * points) / (fitUnits * totalWeight),
    })),
  };
}
