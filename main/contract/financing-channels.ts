import * as z from 'zod';
import { fileDeliverySchema } from './file-channels';
import {
  type ConsiderationId,
  considerationIdSchema,
  considerationIds,
  financingFormIdSchema,
  financingFormIds,
} from './guide-content';
import { longText, shortText } from './limits';

/**
 * Financieringshulp: initiatives, the two steps (is money the question? the six
 * considerations), the ranked advice with its reasons, the sensitivity of that advice and
 * the PDF advice note. The answer ids are fixed here; their texts and what they mean for
 * the score live in `resources/financing-model.json`.
 */

/** What an initiative may need besides (or instead of) money. */
export const needIds = ['geld', 'kennis', 'contacten', 'regels', 'plek'] as const;
export const needIdSchema = z.enum(needIds, { error: 'Onbekende behoefte. Kies uit de lijst op het scherm.' });
export type NeedId = z.infer<typeof needIdSchema>;

/** How much money matters for the initiative, in the user's judgement. */
export const moneyRoleIds = ['kern', 'helpt', 'niet'] as const;
export const moneyRoleSchema = z.enum(moneyRoleIds, {
  error: 'Onbekend antwoord op de vraag of geld de kern is.',
});
export type MoneyRole = z.infer<typeof moneyRoleSchema>;

/** The possible answers per consideration; 'weet-niet' counts as not answered. */
export const answerIds = {
  zeggenschap: ['meebeslissen', 'afspraken', 'zelf', 'weet-niet'],
  eigenaarschap: ['helemaal', 'grotendeels', 'taak-gemeente', 'weet-niet'],
  risico: ['geen', 'beperkt', 'mee-dragen', 'weet-niet'],
  verantwoording: ['precies', 'terugblik', 'geen', 'weet-niet'],
  timing: ['eenmalig-snel', 'eenmalig-later', 'structureel', 'weet-niet'],
  symboolwerking: ['zichtbaar', 'bescheiden', 'achtergrond', 'weet-niet'],
} as const satisfies Record<ConsiderationId, readonly string[]>;
export type AnswerId<C extends ConsiderationId = ConsiderationId> = (typeof answerIds)[C][number];

const considerationTitles: Record<ConsiderationId, string> = {
  zeggenschap: 'zeggenschap',
  eigenaarschap: 'eigenaarschap',
  risico: 'risico',
  verantwoording: 'verantwoording',
  timing: 'timing',
  symboolwerking: 'symboolwerking',
};

function answerSchema<C extends ConsiderationId>(id: C) {
  return z.enum(answerIds[id], {
    error: `Onbekend antwoord bij ${considerationTitles[id]}. Kies een van de antwoorden op het scherm.`,
  });
}

/** Weights run from 0 (counts not) to 3 (weighs heavily). */
export const weightRange = { min: 0, max: 3, default: 2 } as const;
export const weightSchema = z
  .number({ error: 'Een gewicht is een heel getal van 0 tot en met 3.' })
  .int('Een gewicht is een heel getal van 0 tot en met 3.')
  .min(weightRange.min, 'Een gewicht is minimaal 0 (telt niet mee).')
  .max(weightRange.max, 'Een gewicht is maximaal 3 (weegt zwaar).');

const unknownConsideration = (issue: { code?: string }) =>
  issue.code === 'unrecognized_keys'
    ? 'Onbekende afweging. De afwegingen zijn: zeggenschap, eigenaarschap, risico, verantwoording, timing en symboolwerking.'
    : undefined;

/** One answer per consideration; null means not answered yet. */
export const answersSchema = z.strictObject(
  {
    zeggenschap: answerSchema('zeggenschap').nullable(),
    eigenaarschap: answerSchema('eigenaarschap').nullable(),
    risico: answerSchema('risico').nullable(),
    verantwoording: answerSchema('verantwoording').nullable(),
    timing: answerSchema('timing').nullable(),
    symboolwerking: answerSchema('symboolwerking').nullable(),
  },
  { error: unknownConsideration },
);
export type Answers = z.infer<typeof answersSchema>;

/** One weight per consideration. */
export const weightsSchema = z.strictObject(
  Object.fromEntries(considerationIds.map((id) => [id, weightSchema])) as Record<ConsiderationId, typeof weightSchema>,
  { error: unknownConsideration },
);
export type Weights = z.infer<typeof weightsSchema>;

/** An amount in whole euros, when known. */
export const amountSchema = z
  .number({ error: 'Het bedrag is een getal in hele euro’s.' })
  .int('Het bedrag is een getal in hele euro’s, zonder centen.')
  .min(0, 'Het bedrag kan niet negatief zijn.')
  .max(1_000_000_000, 'Het bedrag is te groot: maximaal 1 miljard euro.');

export const initiativeIdSchema = z
  .number({ error: 'Onbekend initiatief.' })
  .int('Onbekend initiatief.')
  .positive('Onbekend initiatief.');

/** An initiative and everything the user answered for it. */
export const initiativeSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  amountEuros: z.number().int().nullable(),
  timingNote: z.string(),
  notes: z.string(),
  needs: z.array(needIdSchema),
  moneyRole: moneyRoleSchema.nullable(),
  answers: answersSchema,
  weights: weightsSchema,
  /** The form chosen together with the initiator, after the conversation. */
  chosenFormId: financingFormIdSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Initiative = z.infer<typeof initiativeSchema>;

/** A line in the list of initiatives. */
export const initiativeSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  updatedAt: z.string(),
  answeredCount: z.number().int(),
  /** The form(s) ranked first, empty while nothing is answered. */
  topFormIds: z.array(financingFormIdSchema),
  chosenFormId: financingFormIdSchema.nullable(),
});
export type InitiativeSummary = z.infer<typeof initiativeSummarySchema>;

/** A change to an initiative; only the given fields change. */
export const initiativePatchSchema = z.strictObject({
  name: shortText.optional(),
  description: longText.optional(),
  amountEuros: amountSchema.nullable().optional(),
  timingNote: shortText.optional(),
  notes: longText.optional(),
  needs: z
    .array(needIdSchema)
    .max(needIds.length)
    .refine((needs) => new Set(needs).size === needs.length, 'Elke behoefte mag maar één keer voorkomen.')
    .optional(),
  moneyRole: moneyRoleSchema.nullable().optional(),
  answers: answersSchema.partial().optional(),
  weights: weightsSchema.partial().optional(),
  chosenFormId: z
    .enum(financingFormIds, { error: 'Onbekende financieringsvorm. Kies een van de negen vormen uit de gids.' })
    .nullable()
    .optional(),
});
export type InitiativePatch = z.infer<typeof initiativePatchSchema>;

const ruleSchema = z.enum(['minstens', 'hoogstens', 'rond']);

/** One answer as the renderer shows it, with what it asks of a form. */
const answerViewSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** In words: what this answer looks for, e.g. "Zeggenschap van de gemeente: hoogstens 0 van 4". */
  looksFor: z.array(z.string()),
});

/** The helper's questions, texts and the forms' profiles, as the renderer needs them. */
export const financingModelViewSchema = z.object({
  version: z.number().int(),
  intro: z.string(),
  caution: z.string(),
  needs: z.array(z.object({ id: needIdSchema, label: z.string(), hint: z.string() })),
  moneyRoles: z.array(z.object({ id: moneyRoleSchema, label: z.string() })),
  nonFinancialSupport: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })),
  weights: z.array(z.object({ value: z.number().int(), label: z.string() })),
  aspects: z.array(
    z.object({
      id: z.string(),
      considerationId: considerationIdSchema,
      name: z.string(),
      low: z.string(),
      high: z.string(),
    }),
  ),
  considerations: z.array(
    z.object({
      id: considerationIdSchema,
      title: z.string(),
      question: z.string(),
      hint: z.string(),
      /** The guide's explanation of this consideration (Markdown). */
      explanation: z.string(),
      answers: z.array(answerViewSchema),
    }),
  ),
  forms: z.array(
    z.object({
      id: financingFormIdSchema,
      order: z.number().int(),
      name: z.string(),
      tagline: z.string(),
      explanation: z.string(),
      example: z.object({ place: z.string(), text: z.string() }).nullable(),
      involvement: z.object({ value: z.number(), reasoning: z.string() }),
      profile: z.array(z.object({ aspectId: z.string(), value: z.number().int(), reasoning: z.string() })),
    }),
  ),
});
export type FinancingModelView = z.infer<typeof financingModelViewSchema>;

/** Step 1: does this initiative need money at all? */
export const moneyVerdictSchema = z.object({
  kind: z.enum(['onbekend', 'geen-geld', 'geld-helpt', 'geld-kern']),
  title: z.string(),
  message: z.string(),
  /** Ids of the guide's non-financial support that fit the other needs. */
  supportIds: z.array(z.string()),
});
export type MoneyVerdict = z.infer<typeof moneyVerdictSchema>;

/** How one aspect of a form compares with what an answer looks for. */
const aspectMatchSchema = z.object({
  aspectId: z.string(),
  aspectName: z.string(),
  rule: ruleSchema,
  target: z.number().int(),
  formValue: z.number().int(),
  /** 0 (far off) … 4 (fits exactly). */
  fit: z.number().int(),
  /** The fit in words: "past helemaal" … "past niet". */
  fitWord: z.string(),
  reasoning: z.string(),
});

/** What one consideration did to one form's place. */
export const contributionSchema = z.object({
  considerationId: considerationIdSchema,
  answerId: z.string(),
  answerLabel: z.string(),
  weight: z.number().int(),
  /** 0 … 1: how well the form fits this answer. */
  fit: z.number(),
  /** Percentage points this consideration moves the form above (+) or below (−) the average form. */
  push: z.number(),
  direction: z.enum(['omhoog', 'omlaag', 'neutraal']),
  summary: z.string(),
  aspects: z.array(aspectMatchSchema),
});
export type Contribution = z.infer<typeof contributionSchema>;

export const rankedFormSchema = z.object({
  formId: financingFormIdSchema,
  /** 1 = best; forms with exactly the same score share a rank. */
  rank: z.number().int(),
  /** 0–100: the weighted share of the best possible fit. */
  score: z.number(),
  /** One line: which considerations lift it and which drop it. */
  headline: z.string(),
  contributions: z.array(contributionSchema),
});
export type RankedForm = z.infer<typeof rankedFormSchema>;

/** What happens to the ranking when one weight moves one step. */
export const sensitivityStepSchema = z.object({
  considerationId: considerationIdSchema,
  from: z.number().int(),
  to: z.number().int(),
  topBefore: z.array(financingFormIdSchema),
  topAfter: z.array(financingFormIdSchema),
  topChanged: z.boolean(),
  /** Forms whose rank changes, with their rank before and after. */
  moves: z.array(z.object({ formId: financingFormIdSchema, before: z.number().int(), after: z.number().int() })),
  /** The effect alone, e.g. "Crowdfunding komt bovenaan in plaats van Leenkring." */
  effect: z.string(),
  /** The step and its effect in one sentence. */
  summary: z.string(),
});
export type SensitivityStep = z.infer<typeof sensitivityStepSchema>;

export const adviceSchema = z.object({
  /** 'ranked' once at least one answered consideration weighs more than 0. */
  status: z.enum(['ranked', 'no-answers']),
  counted: z.array(considerationIdSchema),
  ranking: z.array(rankedFormSchema),
  sensitivity: z.object({
    robust: z.boolean(),
    summary: z.string(),
    steps: z.array(sensitivityStepSchema),
  }),
});
export type Advice = z.infer<typeof adviceSchema>;

const byId = z.strictObject({ id: initiativeIdSchema });

/** Channels of Financieringshulp. */
export const financingChannels = {
  'financing.model': { input: z.undefined(), output: financingModelViewSchema },
  'financing.list': { input: z.undefined(), output: z.array(initiativeSummarySchema) },
  'financing.create': { input: z.strictObject({ name: shortText.optional() }), output: initiativeSchema },
  'financing.get': { input: byId, output: initiativeSchema },
  'financing.update': {
    input: z.strictObject({ id: initiativeIdSchema, patch: initiativePatchSchema }),
    output: initiativeSchema,
  },
  'financing.duplicate': { input: byId, output: initiativeSchema },
  'financing.delete': { input: byId, output: z.null() },
  'financing.verdict': {
    input: z.strictObject({ needs: z.array(needIdSchema).max(needIds.length), moneyRole: moneyRoleSchema.nullable() }),
    output: moneyVerdictSchema,
  },
  'financing.advise': {
    input: z.strictObject({ answers: answersSchema, weights: weightsSchema }),
    output: adviceSchema,
  },
  'financing.exportPdf': { input: byId, output: fileDeliverySchema },
} as const;
