import type { Advice, Answers, Contribution, RankedForm, Weights } from '../../contract/financing-channels';
import type { ConsiderationId, FinancingFormId } from '../../contract/guide-content';
import { type AdviceLabels, capitalise, inSentence } from './labels';
import { type FinancingModel, type Rule, scaleMax } from './model-schema';
import { type AspectMatch, answerFit, countedAnswer, fitUnits, scoreForms } from './score';
import { weightSensitivity } from './sensitivity';

const fitWords = ['past niet', 'past slecht', 'past half', 'past bijna', 'past helemaal'] as const;

/** "past helemaal" … "past niet" for a fit from 0 to 4 (a mean may fall between two words). */
export function fitWord(fit: number): string {
  return fitWords[Math.max(0, Math.min(scaleMax, Math.floor(fit)))] ?? fitWords[0];
}

/** "hoogstens 0", "minstens 3", "rond 2". */
export function ruleText(rule: Rule, target: number): string {
  return `${rule} ${target}`;
}

function aspectSentence(model: FinancingModel, match: AspectMatch): string {
  const name = model.aspects.find((a) => a.id === match.aspectId)?.name ?? match.aspectId;
  return `${name}: ${match.formValue} van ${scaleMax}, je zoekt ${ruleText(match.rule, match.target)} (${fitWord(match.fit)})`;
}

/**
 * Why a form stands where it stands: per counted consideration its fit, the weight, and
 * how far that consideration lifts it above or drops it below the average of the nine forms.
 */
function contributionsFor(
  model: FinancingModel,
  formId: FinancingFormId,
  counted: readonly ConsiderationId[],
  answers: Answers,
  weights: Weights,
  totalWeight: number,
): Contribution[] {
  const contributions = counted.map((considerationId): Contribution => {
    const answer = countedAnswer(model, considerationId, answers[considerationId]);
    if (!answer) throw new Error(`counted consideration ${considerationId} has no answer`);
    const own = answerFit(model, formId, answer);
    const allUnits = model.forms.map((form) => answerFit(model, form.id, answer).units);
    const sumUnits = allUnits.reduce((total, units) => total + units, 0);
    const weight = weights[considerationId];
    // Compared as integers (units × number of forms vs the sum) so "neutraal" is exact.
    const relative = own.units * allUnits.length - sumUnits;
    const push = (100 * weight * relative) / (allUnits.length * fitUnits * totalWeight);
    return {
      considerationId,
      answerId: answer.id,
      answerLabel: answer.label,
      weight,
      fit: own.units / fitUnits,
      push,
      direction: relative > 0 ? 'omhoog' : relative < 0 ? 'omlaag' : 'neutraal',
      summary: own.aspects.map((match) => aspectSentence(model, match)).join('; '),
      aspects: own.aspects.map((match) => ({
        aspectId: match.aspectId,
        aspectName: model.aspects.find((a) => a.id === match.aspectId)?.name ?? match.aspectId,
        rule: match.rule,
        target: match.target,
        formValue: match.formValue,
        fit: match.fit,
        fitWord: fitWord(match.fit),
        reasoning: match.profileReasoning,
      })),
    };
  });
  // Strongest influence first, so the panel opens with what mattered most.
  return contributions.sort((a, b) => Math.abs(b.push) - Math.abs(a.push));
}

/** The complete advice: ranking with reasons per form, and how robust the ranking is. */
export function buildAdvice(model: FinancingModel, answers: Answers, weights: Weights, labels: AdviceLabels): Advice {
  const scoring = scoreForms(model, answers, weights);
  const ranked = scoring.counted.length > 0;
  const ranking: RankedForm[] = scoring.forms.map((form) => {
    const contributions = ranked
      ? contributionsFor(model, form.formId, scoring.counted, answers, weights, scoring.totalWeight)
      : [];
    return {
      formId: form.formId,
      rank: form.rank,
      score: form.score,
      headline: ranked ? headline(contributions, labels) : 'Nog geen advies.',
      contributions,
    };
  });
  return {
    status: ranked ? 'ranked' : 'no-answers',
    counted: scoring.counted,
    ranking,
    sensitivity: weightSensitivity(model, answers, weights, labels),
  };
}

/** One line on why a form ranks where it does: "Omhoog door risico; omlaag door timing." */
function headline(contributions: readonly Contribution[], labels: AdviceLabels): string {
  const names = (direction: Contribution['direction']) =>
    contributions
      .filter((c) => c.direction === direction)
      .map((c) => inSentence(labels.consideration(c.considerationId)));
  const up = names('omhoog');
  const down = names('omlaag');
  const parts = [];
  if (up.length) parts.push(`omhoog door ${up.join(', ')}`);
  if (down.length) parts.push(`omlaag door ${down.join(', ')}`);
  if (parts.length === 0) return 'Geen afweging tilt deze vorm boven of onder het gemiddelde.';
  return `${capitalise(parts.join('; '))}.`;
}
