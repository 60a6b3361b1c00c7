import * as z from 'zod';
import { answerIds, moneyRoleIds, needIds, purposeIds } from '../../contract/financing-channels';
import { considerationIds, financingFormIds } from '../../contract/guide-content';

/**
 * The schema of `resources/financing-model.json`: the one file a policy adviser reads and
 * adjusts. Every value carries its `reasoning`; the checks below make sure nothing is
 * missing, misspelt or pointing at a consideration it does not belong to.
 */

/** Profile values and targets run from 0 to this maximum. */
export const scaleMax = 4;

const reasoning = z.string().min(10, 'schrijf bij elke waarde waarom (minstens 10 tekens)');
const scaleValue = z.number().int().min(0).max(scaleMax);
const text = z.string().min(1);

const targetSchema = z.strictObject({
  aspect: text,
  rule: z.enum(['minstens', 'hoogstens', 'rond']),
  value: scaleValue,
  reasoning,
});
export type Target = z.infer<typeof targetSchema>;
export type Rule = Target['rule'];

const answerSchema = z.strictObject({
  id: text,
  label: text,
  // At most three targets, so a consideration's fit stays an exact multiple of 1/24.
  targets: z.array(targetSchema).max(3),
});

const considerationSchema = z.strictObject({
  id: z.enum(considerationIds),
  question: text,
  hint: text,
  answers: z.array(answerSchema).min(2),
});

const aspectSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
  considerationId: z.enum(considerationIds),
  name: text,
  low: text,
  high: text,
});

/** Which purposes a form can serve, up to what amount, and when it is worth a mention without being ranked. */
const eligibilitySchema = z.strictObject({
  givesMoney: z.boolean(),
  whatItDoes: text,
  maxAmount: z.strictObject({ value: z.number().int().positive(), reasoning }).nullable(),
  serves: z.array(z.strictObject({ purpose: z.enum(purposeIds), why: reasoning })).min(1),
  alsoInteresting: z.array(z.strictObject({ purpose: z.enum(purposeIds), why: reasoning })),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;

const formSchema = z.strictObject({
  id: z.enum(financingFormIds),
  /** Optional plain-words replacement for the guide's tagline (e.g. to explain "smeergeld"). */
  tagline: text.optional(),
  involvement: z.strictObject({ value: z.number().min(0).max(10), reasoning }),
  eligibility: eligibilitySchema,
  profile: z.record(z.string(), z.strictObject({ value: scaleValue, reasoning })),
});

const verdictText = z.strictObject({ title: text, message: text });

function sameSet(actual: readonly string[], expected: readonly string[]): boolean {
  return actual.length === expected.length && expected.every((id) => actual.includes(id));
}

/** The whole model file, with cross-checks between its parts. */
const modelShapeSchema = z.strictObject({
  version: z.number().int().min(1),
  about: text,
  weights: z.array(z.strictObject({ value: z.number().int(), label: text })),
  needs: z.array(z.strictObject({ id: z.enum(needIds), label: text, hint: text, support: text.optional() })),
  moneyRoles: z.array(z.strictObject({ id: z.enum(moneyRoleIds), label: text })),
  purposes: z.array(z.strictObject({ id: z.enum(purposeIds), label: text, hint: text, givesMoney: z.boolean() })),
  amountSource: reasoning,
  verdicts: z.strictObject({
    onbekend: verdictText,
    'geen-geld': verdictText,
    'geld-helpt': verdictText,
    'geld-kern': verdictText,
  }),
  /** The wording of the short advice for the initiator (PDF): written for a resident, B1. */
  initiatorLetter: z.strictObject({
    intro: text,
    moneyNotFirst: text,
    otherHelp: z.array(z.strictObject({ title: text, text })).min(1),
    closing: text,
  }),
  aspects: z.array(aspectSchema).min(1),
  considerations: z.array(considerationSchema),
  forms: z.array(formSchema),
});

type ModelShape = z.infer<typeof modelShapeSchema>;
type Report = (message: string) => void;

/** The lists whose ids are fixed by the contract: exactly those, each once. */
function checkFixedLists(model: ModelShape, problem: Report): void {
  const fixed: [string, string[], readonly string[]][] = [
    ['weights', model.weights.map((w) => String(w.value)), ['0', '1', '2', '3']],
    ['needs', model.needs.map((n) => n.id), needIds],
    ['moneyRoles', model.moneyRoles.map((r) => r.id), moneyRoleIds],
    ['purposes', model.purposes.map((p) => p.id), purposeIds],
    ['considerations', model.considerations.map((c) => c.id), considerationIds],
  ];
  for (const [list, ids, expected] of fixed) {
    if (!sameSet(ids, expected)) problem(`${list}: precies ${expected.join(', ')}`);
  }
  const aspectIds = model.aspects.map((a) => a.id);
  if (new Set(aspectIds).size !== aspectIds.length) problem('aspects: elk kenmerk één keer');
}

/** Each form: the nine of the guide, a complete profile, and purposes that match what it gives. */
function checkForms(model: ModelShape, problem: Report): void {
  if (
    !sameSet(
      model.forms.map((f) => f.id),
      financingFormIds,
    )
  )
    problem(`forms: precies de negen vormen ${financingFormIds.join(', ')}`);
  const aspectIds = model.aspects.map((a) => a.id);
  const moneyPurposes = model.purposes.filter((p) => p.givesMoney).map((p) => p.id);
  for (const form of model.forms) {
    const served = form.eligibility.serves.map((s) => s.purpose);
    // The issue's rule: a form that moves no money is never ranked as a way to fund an initiative.
    if (!form.eligibility.givesMoney && served.some((id) => moneyPurposes.includes(id)))
      problem(`forms.${form.id}.eligibility: geeft geen geld, dus niet geschikt voor ${moneyPurposes.join(', ')}`);
    for (const extra of form.eligibility.alsoInteresting)
      if (served.includes(extra.purpose))
        problem(`forms.${form.id}.eligibility.alsoInteresting: ${extra.purpose} staat al bij serves`);
    if (!sameSet(Object.keys(form.profile), aspectIds))
      problem(`forms.${form.id}.profile: precies de kenmerken ${aspectIds.join(', ')}`);
  }
}

/** Each consideration: its own aspects, exactly its answers, and targets on its own aspects only. */
function checkConsiderations(model: ModelShape, problem: Report): void {
  for (const consideration of model.considerations) {
    const own = model.aspects.filter((a) => a.considerationId === consideration.id).map((a) => a.id);
    if (own.length === 0) problem(`aspects: geen kenmerk voor ${consideration.id}`);
    const expected = answerIds[consideration.id];
    if (
      !sameSet(
        consideration.answers.map((a) => a.id),
        expected,
      )
    )
      problem(`${consideration.id}: antwoorden moeten precies ${expected.join(', ')} zijn`);
    for (const answer of consideration.answers) checkAnswer(`${consideration.id}.${answer.id}`, answer, own, problem);
  }
}

function checkAnswer(
  where: string,
  answer: ModelShape['considerations'][number]['answers'][number],
  own: string[],
  problem: Report,
): void {
  if (answer.id === 'weet-niet' && answer.targets.length > 0)
    problem(`${where}: dit antwoord telt niet mee en heeft geen targets`);
  if (answer.id !== 'weet-niet' && answer.targets.length === 0) problem(`${where}: minstens één target`);
  const consideration = where.split('.')[0];
  for (const target of answer.targets)
    if (!own.includes(target.aspect)) problem(`${where}: kenmerk ${target.aspect} hoort niet bij ${consideration}`);
  const targeted = answer.targets.map((t) => t.aspect);
  if (new Set(targeted).size !== targeted.length) problem(`${where}: kenmerk dubbel`);
}

export const financingModelSchema = modelShapeSchema.superRefine((model, ctx) => {
  const problem: Report = (message) => ctx.addIssue({ code: 'custom', message });
  checkFixedLists(model, problem);
  checkForms(model, problem);
  checkConsiderations(model, problem);
});
export type FinancingModel = z.infer<typeof financingModelSchema>;
export type ModelConsideration = FinancingModel['considerations'][number];
export type ModelAnswer = ModelConsideration['answers'][number];
