import { answerIds, moneyRoleIds, needIds, purposeIds } from '../../contract/financing-channels';
import { considerationIds, financingFormIds } from '../../contract/guide-content';
import { z } from '../../contract/zod';

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
export const financingModelSchema = z
  .strictObject({
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
  })
  .superRefine((model, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (
      !sameSet(
        model.weights.map((w) => String(w.value)),
        ['0', '1', '2', '3'],
      )
    )
      problem('weights: precies de gewichten 0, 1, 2 en 3');
    if (
      !sameSet(
        model.needs.map((n) => n.id),
        needIds,
      )
    )
      problem(`needs: precies ${needIds.join(', ')}`);
    if (
      !sameSet(
        model.moneyRoles.map((r) => r.id),
        moneyRoleIds,
      )
    )
      problem(`moneyRoles: precies ${moneyRoleIds.join(', ')}`);
    if (
      !sameSet(
        model.purposes.map((p) => p.id),
        purposeIds,
      )
    )
      problem(`purposes: precies ${purposeIds.join(', ')}`);
    const moneyPurposes = model.purposes.filter((p) => p.givesMoney).map((p) => p.id);
    for (const form of model.forms) {
      const served = form.eligibility.serves.map((s) => s.purpose);
      // The issue's rule: a form that moves no money is never ranked as a way to fund an initiative.
      if (!form.eligibility.givesMoney && served.some((id) => moneyPurposes.includes(id)))
        problem(`forms.${form.id}.eligibility: geeft geen geld, dus niet geschikt voor ${moneyPurposes.join(', ')}`);
      for (const extra of form.eligibility.alsoInteresting)
        if (served.includes(extra.purpose))
          problem(`forms.${form.id}.eligibility.alsoInteresting: ${extra.purpose} staat al bij serves`);
    }
    const aspectIds = model.aspects.map((a) => a.id);
    if (new Set(aspectIds).size !== aspectIds.length) problem('aspects: elk kenmerk één keer');
    if (
      !sameSet(
        model.considerations.map((c) => c.id),
        considerationIds,
      )
    )
      problem(`considerations: precies ${considerationIds.join(', ')}`);
    for (const consideration of model.considerations) {
      const own = model.aspects.filter((a) => a.considerationId === consideration.id).map((a) => a.id);
      if (own.length === 0) problem(`aspects: geen kenmerk voor ${consideration.id}`);
      if (
        !sameSet(
          consideration.answers.map((a) => a.id),
          answerIds[consideration.id],
        )
      )
        problem(`${consideration.id}: antwoorden moeten precies ${answerIds[consideration.id].join(', ')} zijn`);
      for (const answer of consideration.answers) {
        if (answer.id === 'weet-niet' && answer.targets.length > 0)
          problem(`${consideration.id}.weet-niet: dit antwoord telt niet mee en heeft geen targets`);
        if (answer.id !== 'weet-niet' && answer.targets.length === 0)
          problem(`${consideration.id}.${answer.id}: minstens één target`);
        for (const target of answer.targets)
          if (!own.includes(target.aspect))
            problem(`${consideration.id}.${answer.id}: kenmerk ${target.aspect} hoort niet bij ${consideration.id}`);
        const targeted = answer.targets.map((t) => t.aspect);
        if (new Set(targeted).size !== targeted.length) problem(`${consideration.id}.${answer.id}: kenmerk dubbel`);
      }
    }
    if (
      !sameSet(
        model.forms.map((f) => f.id),
        financingFormIds,
      )
    )
      problem(`forms: precies de negen vormen ${financingFormIds.join(', ')}`);
    for (const form of model.forms)
      if (!sameSet(Object.keys(form.profile), aspectIds))
        problem(`forms.${form.id}.profile: precies de kenmerken ${aspectIds.join(', ')}`);
  });
export type FinancingModel = z.infer<typeof financingModelSchema>;
export type ModelConsideration = FinancingModel['considerations'][number];
export type ModelAnswer = ModelConsideration['answers'][number];
