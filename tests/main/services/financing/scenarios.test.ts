import { describe, expect, it } from 'vitest';
import type { Answers, Weights } from '../../../../main/contract/financing-channels';
import type { FinancingFormId } from '../../../../main/contract/guide-content';
import { scoreForms } from '../../../../main/services/financing/score';
import { answersWith, financingModel, weightsWith } from '../../../helpers/financing';

/**
 * Scenario fixtures: situations a civil servant meets, with the forms the guide's own
 * explanations point to. Each test name says why (quotes are from the guide's table of
 * financing forms and its list of considerations).
 */

function ranking(answers: Answers, weights: Weights = weightsWith()) {
  return scoreForms(financingModel, answers, weights).forms;
}

function pointsOf(forms: ReturnType<typeof ranking>, id: FinancingFormId): number {
  const form = forms.find((f) => f.formId === id);
  if (!form) throw new Error(id);
  return form.points;
}

function expectSoleTop(answers: Answers, expected: FinancingFormId, weights?: Weights) {
  const forms = ranking(answers, weights);
  expect(forms.filter((f) => f.rank === 1).map((f) => f.formId)).toEqual([expected]);
}

describe('financing model scenarios', () => {
  it('initiator must stay owner, no municipal liability → leenkring, crowdfunding and lokaal fonds above initiatievenfonds (a municipal contribution raises questions of ownership and risk)', () => {
    const forms = ranking(answersWith({ eigenaarschap: 'helemaal', risico: 'geen' }));
    for (const id of ['leenkring', 'crowdfunding', 'lokaal-fonds'] as const)
      expect(pointsOf(forms, id), id).toBeGreaterThan(pointsOf(forms, 'initiatievenfonds'));
    expect(forms[0]?.formId).toBe('leenkring');
  });

  it('a municipal task carried out by residents with a few agreements, shared risk, agreed results, recurring and visible → maatschappelijk aanbesteden ("burgers betrekken bij het maken en uitvoeren van beleid", "gezamenlijk gedragen resultaat")', () => {
    expectSoleTop(
      answersWith({
        zeggenschap: 'afspraken',
        eigenaarschap: 'taak-gemeente',
        risico: 'beperkt',
        verantwoording: 'precies',
        timing: 'structureel',
        symboolwerking: 'zichtbaar',
      }),
      'maatschappelijk-aanbesteden',
    );
  });

  it('a small sum soon to get something going, visibly supported with a few agreements → initiatievenfonds ("smeergeld": apply under conditions)', () => {
    expectSoleTop(
      answersWith({
        zeggenschap: 'afspraken',
        eigenaarschap: 'grotendeels',
        risico: 'beperkt',
        verantwoording: 'terugblik',
        timing: 'eenmalig-snel',
        symboolwerking: 'zichtbaar',
      }),
      'initiatievenfonds',
    );
  });

  it('residents decide every year on money for their neighbourhood, the municipality shows its commitment and stays responsible → bewonersbudget ("plek op de begroting")', () => {
    expectSoleTop(
      answersWith({
        zeggenschap: 'afspraken',
        eigenaarschap: 'grotendeels',
        risico: 'mee-dragen',
        verantwoording: 'precies',
        timing: 'structureel',
        symboolwerking: 'zichtbaar',
      }),
      'bewonersbudget',
    );
  });

  it('start-up money needed fast, no say, no risk, no paperwork and the municipality out of sight → particuliere leenkring ("zonder tussenkomst van een kredietinstelling", "bij de opstart")', () => {
    expectSoleTop(
      answersWith({
        zeggenschap: 'zelf',
        eigenaarschap: 'helemaal',
        risico: 'geen',
        verantwoording: 'geen',
        timing: 'eenmalig-snel',
        symboolwerking: 'achtergrond',
      }),
      'leenkring',
    );
  });

  it('the initiator stays owner and shows support, the municipality tops up modestly with no say → crowdfunding ("een gemeente kan geld bijstorten als een grensbedrag is gehaald")', () => {
    expectSoleTop(
      answersWith({
        zeggenschap: 'zelf',
        eigenaarschap: 'helemaal',
        risico: 'beperkt',
        verantwoording: 'terugblik',
        timing: 'eenmalig-later',
        symboolwerking: 'bescheiden',
      }),
      'crowdfunding',
    );
  });

  it('a facility kept going year after year by the community, without municipal money to account for → complementair geld ("voor het in stand houden van bepaalde voorzieningen")', () => {
    expectSoleTop(
      answersWith({
        zeggenschap: 'zelf',
        eigenaarschap: 'grotendeels',
        risico: 'beperkt',
        verantwoording: 'geen',
        timing: 'structureel',
        symboolwerking: 'bescheiden',
      }),
      'complementair-geld',
    );
  });

  it('residents want to show they can do a recurring municipal task differently, no hurry, a few agreements → budgetmonitoring ("uitnodigen alternatieven te ontwikkelen", can start maatschappelijk aanbesteden)', () => {
    expectSoleTop(
      answersWith({
        zeggenschap: 'afspraken',
        eigenaarschap: 'grotendeels',
        risico: 'beperkt',
        verantwoording: 'terugblik',
        timing: 'structureel',
        symboolwerking: 'bescheiden',
      }),
      'budgetmonitoring',
    );
  });

  it('a social enterprise starting up, owner throughout, the municipality sets who qualifies and stays in the background → fiscale constructie ("financieel voordeel in de opstart", "ondernemerschap bevorderen")', () => {
    expectSoleTop(
      answersWith({
        zeggenschap: 'afspraken',
        eigenaarschap: 'helemaal',
        risico: 'beperkt',
        verantwoording: 'terugblik',
        timing: 'eenmalig-later',
        symboolwerking: 'achtergrond',
      }),
      'fiscale-constructie',
    );
  });

  it('money from the community itself, no risk for the municipality, a short look back, modest visibility → lokaal fonds ("werft plaatselijk geld", "gemeente kan bijdragen")', () => {
    expectSoleTop(
      answersWith({
        eigenaarschap: 'grotendeels',
        risico: 'geen',
        verantwoording: 'terugblik',
        timing: 'eenmalig-later',
        symboolwerking: 'bescheiden',
      }),
      'lokaal-fonds',
    );
  });

  it('a heavy weight on "no risk" pushes the forms in which the municipality stays responsible to the bottom (bewonersbudget, maatschappelijk aanbesteden)', () => {
    const forms = ranking(
      answersWith({ risico: 'geen', symboolwerking: 'zichtbaar' }),
      weightsWith({ risico: 3, symboolwerking: 1 }),
    );
    expect(
      forms
        .slice(-2)
        .map((f) => f.formId)
        .sort(),
    ).toEqual(['bewonersbudget', 'maatschappelijk-aanbesteden']);
  });

  it('gives no ranking without a counted answer: unanswered, "weet ik nog niet" and weight 0 do not count', () => {
    for (const [answers, weights] of [
      [answersWith({}), weightsWith()],
      [answersWith({ zeggenschap: 'weet-niet', timing: 'weet-niet' }), weightsWith()],
      [answersWith({ zeggenschap: 'zelf' }), weightsWith({ zeggenschap: 0 })],
    ] as const) {
      const scoring = scoreForms(financingModel, answers, weights);
      expect(scoring.counted).toEqual([]);
      expect(new Set(scoring.forms.map((f) => f.rank))).toEqual(new Set([1]));
      expect(scoring.forms.map((f) => f.formId)).toEqual(financingModel.forms.map((f) => f.id));
    }
  });
});
