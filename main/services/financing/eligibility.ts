import type { PurposeId } from '../../contract/financing-channels';
import type { FinancingFormId } from '../../contract/guide-content';
import { euros } from './format';
import type { AdviceLabels } from './labels';
import type { FinancingModel } from './model-schema';

export interface Eligible {
  formId: FinancingFormId;
  /** Why the form can meet the initiative's purposes, one sentence per purpose. */
  fitsBecause: string[];
}
export interface SetAside {
  formId: FinancingFormId;
  why: string;
}
export interface EligibilityResult {
  purposesGiven: boolean;
  /** In the model file's (the guide's) order. */
  eligible: Eligible[];
  alsoInteresting: SetAside[];
  excluded: SetAside[];
}

type ModelForm = FinancingModel['forms'][number];

/** The served purposes the amount allows: a money purpose drops out when the amount is above the form's limit. */
function servedPurposes(model: FinancingModel, form: ModelForm, purposes: readonly PurposeId[], amount: number | null) {
  const moneyPurposes = new Set(model.purposes.filter((p) => p.givesMoney).map((p) => p.id));
  const limit = form.eligibility.maxAmount;
  const tooMuch = amount !== null && limit !== null && amount > limit.value;
  const served = form.eligibility.serves.filter((s) => purposes.includes(s.purpose));
  return {
    served: served.filter((s) => !(tooMuch && moneyPurposes.has(s.purpose))),
    tooMuch: tooMuch && served.length > 0,
  };
}

/** "Mensen lenen … Het past bij: startgeld voor …. Dat zoekt dit initiatief niet." */
function notServedWhy(model: FinancingModel, form: ModelForm): string {
  const labels = form.eligibility.serves.map(
    (s) => model.purposes.find((p) => p.id === s.purpose)?.label.toLocaleLowerCase('nl-NL') ?? s.purpose,
  );
  return `${form.eligibility.whatItDoes} Het past bij: ${labels.join('; ')}. Dat zoekt dit initiatief niet.`;
}

/**
 * Step 2 of the advice, before any ranking: which forms can meet what the initiative is for.
 * A form qualifies when it serves at least one of the purposes (and the amount is within its
 * limit for a money purpose). A form that gives no money can only serve a purpose that is not
 * about money (the model schema enforces that), so it is never ranked as a way to fund the
 * initiative. Without purposes, the forms that give money are ranked and the rest set aside.
 */
export function eligibility(
  model: FinancingModel,
  purposes: readonly PurposeId[],
  amountEuros: number | null,
  labels: AdviceLabels,
): EligibilityResult {
  const result: EligibilityResult = {
    purposesGiven: purposes.length > 0,
    eligible: [],
    alsoInteresting: [],
    excluded: [],
  };
  for (const form of model.forms) {
    const { eligibility: e } = form;
    if (purposes.length === 0) {
      if (e.givesMoney) result.eligible.push({ formId: form.id, fitsBecause: [e.whatItDoes] });
      else result.excluded.push({ formId: form.id, why: e.whatItDoes });
      continue;
    }
    const { served, tooMuch } = servedPurposes(model, form, purposes, amountEuros);
    if (served.length > 0) {
      result.eligible.push({ formId: form.id, fitsBecause: served.map((s) => s.why) });
      continue;
    }
    const extra = e.alsoInteresting.filter((a) => purposes.includes(a.purpose));
    if (extra.length > 0) result.alsoInteresting.push({ formId: form.id, why: extra.map((a) => a.why).join(' ') });
    else if (tooMuch && e.maxAmount && amountEuros !== null)
      result.excluded.push({
        formId: form.id,
        why: `Het gevraagde bedrag (${euros().format(amountEuros)}) is hoger dan wat ${labels.form(form.id).toLocaleLowerCase('nl-NL')} meestal geeft (tot ${euros().format(e.maxAmount.value)}). ${e.maxAmount.reasoning}`,
      });
    else result.excluded.push({ formId: form.id, why: notServedWhy(model, form) });
  }
  return result;
}
