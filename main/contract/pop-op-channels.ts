import { fileDeliverySchema } from './file-channels';
import { popOpQuestionIds, statementIdSchema } from './guide-content';
import { longText, shortText } from './limits';
import { z } from './zod';

export const planStatuses = ['concept', 'besproken', 'vastgesteld'] as const;
export const planStatusSchema = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof planStatusSchema>;

export const actionStatuses = ['gepland', 'bezig', 'gedaan', 'geschrapt'] as const;
export const actionStatusSchema = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

/** Dutch names of the statuses, as the screens and the PDF show them. */
export const planStatusLabels: Record<PlanStatus, string> = {
  concept: 'Concept',
  besproken: 'Besproken',
  vastgesteld: 'Vastgesteld',
};
export const actionStatusLabels: Record<ActionStatus, string> = {
  gepland: 'Gepland',
  bezig: 'Bezig',
  gedaan: 'Gedaan',
  geschrapt: 'Geschrapt',
};

/** Kansen (what or who gives me momentum) and bedreigingen (what or who holds me back). */
export const factorKinds = ['kans', 'bedreiging'] as const;
export const factorKindSchema = z.enum(factorKinds);
export type FactorKind = z.infer<typeof factorKindSchema>;

/** The three questions answered as free text; question 4 is the action list, question 5 the two lists. */
export const textSectionIds = [
  'nu',
  'richting',
  'nodig',
] as const satisfies readonly (typeof popOpQuestionIds)[number][];
export type TextSectionId = (typeof textSectionIds)[number];

/** How many actions, kansen or bedreigingen one plan holds at most, and how many plans a workbook holds. */
export const popOpLimits = { actions: 100, factorsPerKind: 50, plans: 200 } as const;

/** '' (no date) or a real calendar date `YYYY-MM-DD` between 1900 and 2199. */
export const dateOrEmptySchema = z.union([
  z.literal(''),
  z
    .string()
    .regex(/^(19|20|21)\d{2}-\d{2}-\d{2}$/, 'Kies een geldige datum tussen 1900 en 2199.')
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, 'Deze datum bestaat niet. Kies een geldige datum.'),
]);

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** The fields of a plan that are edited as text (title, profile, period, meeting date, questions 1–3). */
export const planFieldsSchema = z.object({
  title: shortText,
  period: shortText,
  employeeName: shortText,
  jobTitle: shortText,
  organisation: shortText,
  department: shortText,
  manager: shortText,
  meetingDate: dateOrEmptySchema,
  nu: longText,
  richting: longText,
  nodig: longText,
});
export type PlanFields = z.infer<typeof planFieldsSchema>;
export type PlanFieldKey = keyof PlanFields;

export const actionFieldsSchema = z.object({
  what: longText,
  withWhom: shortText,
  dueDate: dateOrEmptySchema,
  status: actionStatusSchema,
  result: longText,
  /** The self-analysis statement this action comes from ("van resultaat naar actie"), e.g. `doen-3`. */
  statementId: statementIdSchema.nullable(),
});
export type ActionFields = z.infer<typeof actionFieldsSchema>;

/** Dutch names of the one-line plan fields; questions 1–3 are named by the guide's question. */
export const planValueFieldLabels: Record<Exclude<PlanFieldKey, TextSectionId>, string> = {
  title: 'Titel',
  period: 'Periode',
  employeeName: 'Naam',
  jobTitle: 'Functie',
  organisation: 'Organisatie',
  department: 'Afdeling',
  manager: 'Leidinggevende',
  meetingDate: 'Datum van het gesprek',
};

/** Dutch names of the action fields, for "gewijzigd: status, wanneer". */
export const actionFieldLabels: Record<keyof ActionFields, string> = {
  what: 'wat',
  withWhom: 'met wie',
  dueDate: 'wanneer',
  status: 'status',
  result: 'resultaat',
  statementId: 'stelling',
};

export const actionSchema = actionFieldsSchema.extend({
  id: z.number().int(),
  /** The statement's text from the guide, when the action is linked to one. */
  statementText: z.string().nullable(),
  /** The title of the plan this action was carried over from, if any. */
  carriedOverFrom: z.string().nullable(),
});
export type PlanAction = z.infer<typeof actionSchema>;

export const factorSchema = z.object({ id: z.number().int(), kind: factorKindSchema, text: z.string() });
export type Factor = z.infer<typeof factorSchema>;

export const versionSummarySchema = z.object({
  id: z.number().int(),
  number: z.number().int(),
  status: z.enum(['besproken', 'vastgesteld']),
  createdAt: z.string(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const planSchema = planFieldsSchema.extend({
  id: z.number().int(),
  status: planStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  previousPlan: z.object({ id: z.number().int(), title: z.string() }).nullable(),
  actions: z.array(actionSchema),
  kansen: z.array(factorSchema),
  bedreigingen: z.array(factorSchema),
  /** Oldest first. */
  versions: z.array(versionSummarySchema),
  /** True when the plan differs from its latest version (or has none yet). */
  changedSinceLastVersion: z.boolean(),
});
export type Plan = z.infer<typeof planSchema>;

/** What the editor takes from main after a change: everything about the plan but its texts. */
export const planMetaSchema = planSchema.pick({
  status: true,
  updatedAt: true,
  versions: true,
  changedSinceLastVersion: true,
});
export type PlanMeta = z.infer<typeof planMetaSchema>;

export const planSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  period: z.string(),
  status: planStatusSchema,
  updatedAt: z.string(),
  actionCount: z.number().int(),
  openActionCount: z.number().int(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

/** A plan as it was when a version was stored: what the read-only view shows. */
export const planSnapshotSchema = planFieldsSchema.extend({
  status: planStatusSchema,
  actions: z.array(actionSchema),
  kansen: z.array(factorSchema),
  bedreigingen: z.array(factorSchema),
});
export type PlanSnapshot = z.infer<typeof planSnapshotSchema>;

/** A piece of text in a comparison: unchanged, only in the earlier version, or only in the current one. */
export const diffSegmentSchema = z.object({ text: z.string(), change: z.enum(['same', 'removed', 'added']) });
export type DiffSegment = z.infer<typeof diffSegmentSchema>;

export const fieldComparisonSchema = z.object({
  key: z.enum(planFieldsSchema.keyof().options),
  changed: z.boolean(),
  before: z.string(),
  after: z.string(),
  segments: z.array(diffSegmentSchema),
});
export type FieldComparison = z.infer<typeof fieldComparisonSchema>;

export const actionComparisonSchema = z.object({
  change: z.enum(['same', 'changed', 'added', 'removed']),
  before: actionSchema.nullable(),
  after: actionSchema.nullable(),
  /** Names of the action fields that differ. */
  changedFields: z.array(z.enum(actionFieldsSchema.keyof().options)),
});
export type ActionComparison = z.infer<typeof actionComparisonSchema>;

export const factorComparisonSchema = z.object({
  kind: factorKindSchema,
  text: z.string(),
  change: z.enum(['same', 'added', 'removed']),
});

export const comparisonSchema = z.object({
  version: versionSummarySchema,
  fields: z.array(fieldComparisonSchema),
  actions: z.array(actionComparisonSchema),
  factors: z.array(factorComparisonSchema),
  changeCount: z.number().int(),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const popOpTemplateOutputSchema = z.object({
  intro: z.string(),
  questions: z.array(
    z.object({
      id: z.enum(popOpQuestionIds),
      number: z.number().int(),
      title: z.string(),
      prompts: z.array(z.string()),
    }),
  ),
  /** The self-analysis statements an action can be linked to, per theme. */
  statementGroups: z.array(
    z.object({
      themeId: z.string(),
      themeTitle: z.string(),
      statements: z.array(z.object({ id: z.string(), text: z.string() })),
    }),
  ),
});
export type PopOpTemplateView = z.infer<typeof popOpTemplateOutputSchema>;

const byPlan = z.strictObject({ planId: id });

/** Channels of the POP-OP: plans, actions, kansen/bedreigingen, versions and the PDF for the appraisal meeting. */
export const popOpChannels = {
  'popOp.template': { input: z.undefined(), output: popOpTemplateOutputSchema },
  'popOp.list': { input: z.undefined(), output: z.array(planSummarySchema) },
  'popOp.get': { input: byPlan, output: planSchema },
  'popOp.create': {
    input: z.strictObject({ fromPlanId: id.optional() }),
    output: planSchema,
  },
  'popOp.update': {
    input: z.strictObject({ planId: id, changes: planFieldsSchema.partial().strict() }),
    output: planMetaSchema,
  },
  'popOp.remove': { input: byPlan, output: z.null() },
  'popOp.setStatus': { input: z.strictObject({ planId: id, status: planStatusSchema }), output: planSchema },
  'popOp.actions.add': {
    input: z.strictObject({ planId: id, fields: actionFieldsSchema.partial().strict().optional() }),
    output: actionSchema,
  },
  'popOp.actions.update': {
    input: z.strictObject({ actionId: id, changes: actionFieldsSchema.partial().strict() }),
    output: actionSchema,
  },
  'popOp.actions.remove': { input: z.strictObject({ actionId: id }), output: z.null() },
  'popOp.actions.move': {
    input: z.strictObject({ actionId: id, direction: z.enum(['up', 'down']) }),
    output: z.array(actionSchema),
  },
  'popOp.factors.add': {
    input: z.strictObject({ planId: id, kind: factorKindSchema, text: longText.optional() }),
    output: factorSchema,
  },
  'popOp.factors.update': { input: z.strictObject({ factorId: id, text: longText }), output: factorSchema },
  'popOp.factors.remove': { input: z.strictObject({ factorId: id }), output: z.null() },
  'popOp.versions.get': {
    input: z.strictObject({ versionId: id }),
    output: z.object({ planId: z.number().int(), version: versionSummarySchema, snapshot: planSnapshotSchema }),
  },
  'popOp.versions.compare': { input: z.strictObject({ versionId: id }), output: comparisonSchema },
  'popOp.export': {
    input: z.strictObject({
      planId: id,
      /** Adds the latest complete self-analysis profile as an appendix; main looks it up itself. */
      includeProfile: z.boolean({ error: 'Geef aan of je profiel erbij moet.' }).default(false),
    }),
    output: fileDeliverySchema,
  },
} as const;
