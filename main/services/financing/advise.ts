import type {
  Advice,
  Answers,
  Contribution,
  LocalScheme,
  PurposeId,
  RankedForm,
  Weights,
} from '../../contract/financing-channels';
import type { ConsiderationId, FinancingFormId } from '../../contract/guide-content';
import { eligibility } from './eligibility';
import { euros } from './format';
import { type AdviceLabels, inSentence, joinDutch } from './labels';
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
  return `${name}: ${fitWord(match.fit)}`;
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
  rankedIds: readonly FinancingFormId[],
): Contribution[] {
  const contributions = counted.map((considerationId): Contribution => {
    const answer = countedAnswer(model, considerationId, answers[considerationId]);
    if (!answer) throw new Error(`counted consideration ${considerationId} has no answer`);
    const own = answerFit(model, formId, answer);
    // Compared with the average of the forms that are ranked, so the reasons add up to the score shown.
    const allUnits = rankedIds.map((id) => answerFit(model, id, answer).units);
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

/** What the advice is computed from: the answers and weights, and what the initiative is for. */
export interface AdviceRequest {
  answers: Answers;
  weights: Weights;
  purposes: readonly PurposeId[];
  amountEuros: number | null;
}

/** The municipality's own schemes for a form, with a note when the amount is above a scheme's maximum. */
export function matchingSchemes(schemes: readonly LocalScheme[], formId: FinancingFormId, amount: number | null) {
  return schemes
    .filter((scheme) => scheme.formId === formId)
    .map((scheme) => ({
      scheme,
      amountNote:
        amount !== null && scheme.maxAmountEuros !== null && amount > scheme.maxAmountEuros
          ? `Het gevraagde bedrag (${euros().format(amount)}) is hoger dan het maximum van deze regeling (${euros().format(scheme.maxAmountEuros)}).`
          : null,
    }));
}

/** Only the form(s) ranked first, for the list of initiatives (no reasons, no sensitivity). */
export function topForms(model: FinancingModel, request: AdviceRequest, labels: AdviceLabels): FinancingFormId[] {
  const rankedIds = eligibility(model, request.purposes, request.amountEuros, labels).eligible.map((e) => e.formId);
  const scoring = scoreForms(model, request.answers, request.weights, rankedIds);
  if (scoring.counted.length === 0) return [];
  return scoring.forms.filter((f) => f.rank === 1).map((f) => f.formId);
}

/**
 * The complete advice. First eligibility: which forms can meet what the initiative is for
 * (the others are set aside with a reason, or mentioned as "ook interessant"). Then the six
 * considerations order the eligible forms, with the reasons per form and how robust the order is.
 */
export function buildAdvice(
  model: FinancingModel,
  request: AdviceRequest,
  labels: AdviceLabels,
  schemes: readonly LocalScheme[] = [],
): Advice {
  const { answers, weights } = request;
  const fit = eligibility(model, request.purposes, request.amountEuros, labels);
  const rankedIds = fit.eligible.map((e) => e.formId);
  const scoring = scoreForms(model, answers, weights, rankedIds);
  const ranked = scoring.counted.length > 0 && rankedIds.length > 0;
  const ranking: RankedForm[] = scoring.forms.map((form) => {
    const contributions = ranked
      ? contributionsFor(model, form.formId, scoring.counted, answers, weights, scoring.totalWeight, rankedIds)
      : [];
    return {
      formId: form.formId,
      rank: form.rank,
      score: form.score,
      headline: !ranked
        ? 'Nog geen volgorde: beantwoord eerst de afwegingen.'
        : rankedIds.length === 1
          ? 'De enige vorm die past bij wat het initiatief zoekt.'
          : headline(contributions, labels),
      fitsBecause: fit.eligible.find((e) => e.formId === form.formId)?.fitsBecause ?? [],
      givesMoney: model.forms.find((f) => f.id === form.formId)?.eligibility.givesMoney ?? false,
      contributions,
      localSchemes: matchingSchemes(schemes, form.formId, request.amountEuros),
    };
  });
  return {
    status: ranked ? 'ranked' : 'no-answers',
    purposesGiven: fit.purposesGiven,
    counted: scoring.counted,
    ranking,
    alsoInteresting: fit.alsoInteresting.map((item) => ({
      ...item,
      localSchemes: matchingSchemes(schemes, item.formId, request.amountEuros),
    })),
    excluded: fit.excluded,
    sensitivity: weightSensitivity(model, answers, weights, labels, rankedIds),
  };
}

/** One line on why a form ranks where it does: "Past goed bij je antwoord over risico; minder bij timing." */
function headline(contributions: readonly Contribution[], labels: AdviceLabels): string {
  const names = (direction: Contribution['direction']) =>
    contributions
      .filter((c) => c.direction === direction)
      .map((c) => inSentence(labels.consideration(c.considerationId)));
  const up = names('omhoog');
  const down = names('omlaag');
  const answer = (names: string[]) => `${names.length > 1 ? 'je antwoorden' : 'je antwoord'} over ${joinDutch(names)}`;
  if (up.length && down.length) return `Past beter dan gemiddeld bij ${answer(up)}; minder bij ${joinDutch(down)}.`;
  if (up.length) return `Past beter dan gemiddeld bij ${answer(up)}.`;
  if (down.length) return `Past minder goed dan gemiddeld bij ${answer(down)}.`;
  return 'Past bij je antwoorden net zo goed als de andere vormen.';
}
