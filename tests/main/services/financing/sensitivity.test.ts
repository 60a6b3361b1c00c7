import { describe, expect, it } from 'vitest';
import { topChangeSentence, weightSensitivity } from '../../../../main/services/financing/sensitivity';
import { answersWith, financingModel, idLabels, weightsWith } from '../../../helpers/financing';

describe('weightSensitivity', () => {
  it('tries one step down and one step up for every counted consideration, within 0–3', () => {
    const result = weightSensitivity(
      financingModel,
      answersWith({ zeggenschap: 'zelf', risico: 'geen', timing: 'weet-niet' }),
      weightsWith({ zeggenschap: 3, risico: 0 }),
      idLabels,
    );
    expect(result.steps.map((s) => [s.considerationId, s.from, s.to])).toEqual([
      ['zeggenschap', 3, 2],
      ['risico', 0, 1],
    ]);
  });

  it('calls a clear advice robust: every answer points at leenkring', () => {
    const result = weightSensitivity(
      financingModel,
      answersWith({
        zeggenschap: 'zelf',
        eigenaarschap: 'helemaal',
        risico: 'geen',
        verantwoording: 'geen',
        timing: 'eenmalig-snel',
        symboolwerking: 'achtergrond',
      }),
      weightsWith(),
      idLabels,
    );
    expect(result.robust).toBe(true);
    expect(result.steps).toHaveLength(12);
    expect(result.steps.every((s) => s.topBefore.join() === 'leenkring' && !s.topChanged)).toBe(true);
    expect(result.summary).toContain('stevig');
  });

  it('shows which weight flips the top when two considerations pull different ways', () => {
    // Visibility wants the municipality in sight (bewonersbudget), no-risk wants it out (leenkring).
    const result = weightSensitivity(
      financingModel,
      answersWith({ risico: 'geen', symboolwerking: 'zichtbaar' }),
      weightsWith({ risico: 2, symboolwerking: 2 }),
      idLabels,
    );
    expect(result.robust).toBe(false);
    const flips = result.steps.filter((s) => s.topChanged);
    expect(flips.length).toBeGreaterThan(0);
    for (const flip of flips) {
      expect(flip.summary).toMatch(/in plaats van|de eerste plaats met|alleen .* nog bovenaan/);
      expect(flip.moves.length).toBeGreaterThan(0);
    }
    expect(result.summary).toContain('gevoelig');
  });

  it('says a shared first place in a sentence that reads (never "A en B bovenaan in plaats van A")', () => {
    expect(topChangeSentence(['budgetmonitoring'], ['budgetmonitoring', 'crowdfunding'], idLabels)).toBe(
      'Dan deelt crowdfunding de eerste plaats met budgetmonitoring.',
    );
    expect(topChangeSentence(['leenkring', 'crowdfunding'], ['crowdfunding'], idLabels)).toBe(
      'Dan staat alleen crowdfunding nog bovenaan.',
    );
    expect(topChangeSentence(['leenkring'], ['crowdfunding', 'lokaal-fonds'], idLabels)).toBe(
      'Dan staan crowdfunding en lokaal-fonds bovenaan in plaats van leenkring.',
    );
    expect(topChangeSentence(['leenkring'], ['crowdfunding'], idLabels)).toBe(
      'Dan staat crowdfunding bovenaan in plaats van leenkring.',
    );
  });

  it('has no advice and says so when nothing counts', () => {
    const result = weightSensitivity(financingModel, answersWith({}), weightsWith(), idLabels);
    expect(result.steps).toEqual([]);
    expect(result.summary).toContain('nog geen advies');
  });
});
