import { describe, expect, it } from 'vitest';
import type { Answers, PurposeId } from '../../../../main/contract/financing-channels';
import type { FinancingFormId } from '../../../../main/contract/guide-content';
import { buildAdvice } from '../../../../main/services/financing/advise';
import { answersWith, financingModel, idLabels, weightsWith } from '../../../helpers/financing';

/**
 * The golden cases of docs/financieringsmodel.md ("Gouden gevallen"): situations from the
 * guide's own texts, each with the forms that must come out on top (as a set, places 1–3)
 * and the forms that must never be ranked. The reasoning is in the document.
 */
interface GoldenCase {
  name: string;
  purposes: PurposeId[];
  amountEuros: number | null;
  answers: Partial<Answers>;
  topThree: FinancingFormId[];
  first?: FinancingFormId;
  excluded: FinancingFormId[];
  /** A word the reasons of number 1 must contain (why it fits this initiative). */
  firstBecause?: RegExp;
}

const cases: GoldenCase[] = [
  {
    name: 'buurtmoestuin: € 15 000 voor materiaal en onderhoud',
    purposes: ['eenmalig', 'terugkerend'],
    amountEuros: 15_000,
    answers: {
      zeggenschap: 'afspraken',
      eigenaarschap: 'grotendeels',
      risico: 'beperkt',
      verantwoording: 'terugblik',
      timing: 'structureel',
      symboolwerking: 'bescheiden',
    },
    topThree: ['bewonersbudget', 'initiatievenfonds', 'lokaal-fonds'],
    excluded: ['budgetmonitoring', 'leenkring'],
  },
  {
    name: 'buurtmoestuin zoals in de melding: alleen timing en zichtbaarheid beantwoord',
    purposes: ['eenmalig', 'terugkerend'],
    amountEuros: 15_000,
    answers: { timing: 'structureel', symboolwerking: 'bescheiden' },
    topThree: ['lokaal-fonds', 'bewonersbudget', 'initiatievenfonds', 'crowdfunding'],
    excluded: ['budgetmonitoring', 'leenkring', 'maatschappelijk-aanbesteden'],
  },
  {
    name: 'sociale onderneming met verdienmodel: € 80 000 startkapitaal',
    purposes: ['startkapitaal'],
    amountEuros: 80_000,
    answers: {
      zeggenschap: 'zelf',
      eigenaarschap: 'helemaal',
      risico: 'geen',
      verantwoording: 'geen',
      timing: 'eenmalig-later',
      symboolwerking: 'achtergrond',
    },
    topThree: ['leenkring', 'crowdfunding', 'fiscale-constructie'],
    first: 'leenkring',
    excluded: ['bewonersbudget', 'initiatievenfonds', 'budgetmonitoring', 'maatschappelijk-aanbesteden'],
    firstBecause: /verdienmodel/,
  },
  {
    name: 'bewoners willen meepraten over het geld voor groenonderhoud in hun straat',
    purposes: ['begroting'],
    amountEuros: null,
    answers: {
      zeggenschap: 'afspraken',
      eigenaarschap: 'grotendeels',
      risico: 'beperkt',
      verantwoording: 'terugblik',
      timing: 'structureel',
      symboolwerking: 'bescheiden',
    },
    topThree: ['budgetmonitoring', 'maatschappelijk-aanbesteden', 'bewonersbudget'],
    first: 'budgetmonitoring',
    excluded: ['leenkring', 'crowdfunding', 'initiatievenfonds'],
  },
  {
    name: 'een initiatief wil het beheer van een buurthuis overnemen',
    purposes: ['taak', 'terugkerend'],
    amountEuros: 60_000,
    answers: {
      zeggenschap: 'afspraken',
      eigenaarschap: 'grotendeels',
      risico: 'beperkt',
      verantwoording: 'precies',
      timing: 'structureel',
      symboolwerking: 'zichtbaar',
    },
    topThree: ['maatschappelijk-aanbesteden', 'lokaal-fonds'],
    first: 'maatschappelijk-aanbesteden',
    excluded: ['bewonersbudget', 'initiatievenfonds', 'leenkring', 'crowdfunding'],
    firstBecause: /uitdaagrecht/,
  },
  {
    name: 'een buurt wil een eigen munt voor vrijwilligerswerk',
    purposes: ['ruilen'],
    amountEuros: null,
    answers: {
      zeggenschap: 'zelf',
      eigenaarschap: 'grotendeels',
      risico: 'beperkt',
      verantwoording: 'geen',
      timing: 'structureel',
      symboolwerking: 'bescheiden',
    },
    topThree: ['complementair-geld'],
    first: 'complementair-geld',
    excluded: ['budgetmonitoring', 'maatschappelijk-aanbesteden', 'bewonersbudget', 'leenkring'],
  },
];

function adviceFor(c: GoldenCase) {
  return buildAdvice(
    financingModel,
    { answers: answersWith(c.answers), weights: weightsWith(), purposes: c.purposes, amountEuros: c.amountEuros },
    idLabels,
  );
}

describe('golden cases (docs/financieringsmodel.md)', () => {
  for (const c of cases) {
    describe(c.name, () => {
      const advice = adviceFor(c);
      const ranked = advice.ranking.map((r) => r.formId);

      it(`puts ${c.topThree.join(', ')} in places 1–3`, () => {
        expect(advice.status).toBe('ranked');
        expect(new Set(advice.ranking.filter((r) => r.rank <= 3).map((r) => r.formId))).toEqual(new Set(c.topThree));
        if (c.first) expect(advice.ranking.filter((r) => r.rank === 1).map((r) => r.formId)).toEqual([c.first]);
      });

      it(`never ranks ${c.excluded.join(', ')}`, () => {
        for (const id of c.excluded) expect(ranked, id).not.toContain(id);
      });

      it('gives number 1 reasons that agree with its place', () => {
        const first = advice.ranking[0];
        if (!first) throw new Error('no ranking');
        // It fits what the initiative is for, and its one-line reason does not say it fits worse than the rest.
        expect(first.fitsBecause.length).toBeGreaterThan(0);
        expect(first.headline).not.toMatch(/^Past minder goed/);
        expect(first.score).toBe(Math.max(...advice.ranking.map((r) => r.score)));
        if (c.firstBecause) expect(first.fitsBecause.join(' ')).toMatch(c.firstBecause);
      });
    });
  }

  it('never ranks a form that gives no money when only money is asked for; such forms can appear under "ook interessant"', () => {
    const moneyOnly = buildAdvice(
      financingModel,
      {
        answers: answersWith({ symboolwerking: 'bescheiden' }),
        weights: weightsWith(),
        purposes: ['eenmalig', 'terugkerend', 'startkapitaal'],
        amountEuros: null,
      },
      idLabels,
    );
    for (const id of ['budgetmonitoring', 'maatschappelijk-aanbesteden', 'complementair-geld'] as const) {
      expect(moneyOnly.ranking.map((r) => r.formId)).not.toContain(id);
    }
    expect(moneyOnly.alsoInteresting.map((a) => a.formId)).toContain('maatschappelijk-aanbesteden');
    expect(moneyOnly.ranking.every((r) => r.givesMoney)).toBe(true);
  });

  it('every form that gives no money says so in the sentence that says what it does (screen and PDF show only that)', () => {
    for (const form of financingModel.forms.filter((f) => !f.eligibility.givesMoney))
      expect(form.eligibility.whatItDoes, form.id).toMatch(/geen (geld|euro)/);
  });

  it('sets a form aside with the amount as reason when the sum is above its limit in the model file', () => {
    const big = adviceFor({ ...cases[0], amountEuros: 40_000 } as GoldenCase);
    const limit = financingModel.forms.find((f) => f.id === 'bewonersbudget')?.eligibility.maxAmount?.value;
    expect(limit).toBeLessThan(40_000);
    expect(big.ranking.map((r) => r.formId)).not.toContain('bewonersbudget');
    expect(big.excluded.find((e) => e.formId === 'bewonersbudget')?.why).toMatch(/hoger dan/);
  });
});
