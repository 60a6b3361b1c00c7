import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, answerIds, purposeIds, type Weights } from '../../../../main/contract/financing-channels';
import { type ConsiderationId, considerationIds, financingFormIds } from '../../../../main/contract/guide-content';
import { buildAdvice } from '../../../../main/services/financing/advise';
import { answerFit, countedAnswer, scoreForms } from '../../../../main/services/financing/score';
import { answersWith, financingModel, idLabels, weightsWith } from '../../../helpers/financing';

const answersArbitrary: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    considerationIds.map((id) => [id, fc.constantFrom<string | null>(...answerIds[id], null)]),
  ) as Record<ConsiderationId, fc.Arbitrary<string | null>>,
) as unknown as fc.Arbitrary<Answers>;

const weightsArbitrary: fc.Arbitrary<Weights> = fc.record(
  Object.fromEntries(considerationIds.map((id) => [id, fc.integer({ min: 0, max: 3 })])) as Record<
    ConsiderationId,
    fc.Arbitrary<number>
  >,
);

const rankOf = (answers: Answers, weights: Weights, formId: string) =>
  scoreForms(financingModel, answers, weights).forms.find((f) => f.formId === formId)?.rank ?? Number.NaN;

describe('financing model properties', () => {
  it('raising a weight never lowers a form that fits best on that consideration', () => {
    fc.assert(
      fc.property(
        answersArbitrary,
        weightsArbitrary,
        fc.constantFrom(...considerationIds),
        (answers, weights, considerationId) => {
          const answer = countedAnswer(financingModel, considerationId, answers[considerationId]);
          fc.pre(answer !== undefined && weights[considerationId] < 3);
          if (!answer) return;
          const fits = financingModel.forms.map((form) => ({
            id: form.id,
            units: answerFit(financingModel, form.id, answer).units,
          }));
          const best = Math.max(...fits.map((f) => f.units));
          const raised = { ...weights, [considerationId]: weights[considerationId] + 1 };
          const before = scoreForms(financingModel, answers, weights);
          for (const form of fits.filter((f) => f.units === best)) {
            const rankBefore = before.counted.length === 0 ? 9 : rankOf(answers, weights, form.id);
            expect(rankOf(answers, raised, form.id)).toBeLessThanOrEqual(rankBefore);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the reasons add up: per ranked form, the pushes of all considerations sum to its score minus the average score of the ranked forms', () => {
    fc.assert(
      fc.property(
        answersArbitrary,
        weightsArbitrary,
        fc.subarray([...purposeIds]),
        fc.option(fc.integer({ min: 0, max: 200_000 })),
        (answers, weights, purposes, amountEuros) => {
          const advice = buildAdvice(financingModel, { answers, weights, purposes, amountEuros }, idLabels);
          fc.pre(advice.status === 'ranked');
          const mean = advice.ranking.reduce((total, f) => total + f.score, 0) / advice.ranking.length;
          for (const form of advice.ranking) {
            const pushes = form.contributions.reduce((total, c) => total + c.push, 0);
            expect(pushes).toBeCloseTo(form.score - mean, 9);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('scores stay within 0–100, ranks are 1–9, and equal scores share a rank', () => {
    fc.assert(
      fc.property(answersArbitrary, weightsArbitrary, (answers, weights) => {
        const { forms } = scoreForms(financingModel, answers, weights);
        expect(forms).toHaveLength(9);
        for (const [index, form] of forms.entries()) {
          expect(form.score).toBeGreaterThanOrEqual(0);
          expect(form.score).toBeLessThanOrEqual(100);
          const previous = forms[index - 1];
          if (previous) expect(form.rank).toBe(previous.points === form.points ? previous.rank : index + 1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('every one of the nine forms is the sole top advice for some answers (all weights equal)', () => {
    const reached = new Set<string>();
    const options = considerationIds.map((id) => [...answerIds[id], null] as (string | null)[]);
    const walk = (index: number, given: Record<string, string | null>) => {
      if (index === considerationIds.length) {
        const { forms } = scoreForms(financingModel, answersWith(given as Partial<Answers>), weightsWith());
        const top = forms.filter((f) => f.rank === 1 && f.points > 0);
        if (top.length === 1 && top[0]) reached.add(top[0].formId);
        return;
      }
      for (const option of options[index] ?? []) walk(index + 1, { ...given, [considerationIds[index] ?? '']: option });
    };
    walk(0, {});
    expect([...reached].sort()).toEqual([...financingFormIds].sort());
  });
});
