import * as z from 'zod';

/**
 * The shape of the guide's content in `resources/content/`. Main loads and validates the
 * JSON files against these schemas at start; the renderer receives the parsed values
 * through the contract. Every text field holding prose is Markdown (B1, "je").
 */

/** Lower-case slug used as a stable id (kebab-case, digits allowed). */
export const contentId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id moet kebab-case zijn');

/** Prose in Markdown: paragraphs, lists, **bold**, > quotes. No raw HTML. */
export const markdown = z
  .string()
  .min(1)
  .refine((text) => !/<[a-z!/]/i.test(text), 'gebruik Markdown, geen HTML');

export const themeIds = ['doen', 'doel', 'gemeenteraad', 'geld', 'organisatieverandering'] as const;
export const themeIdSchema = z.enum(themeIds);
export type ThemeId = z.infer<typeof themeIdSchema>;

/** A titled block of prose: a paragraph group, a box ("kader"), a casus, an example. */
export const sectionSchema = z.object({
  id: contentId,
  title: z.string().min(1),
  /** 'kader' renders as a boxed aside, 'voorbeeld' as an example from a municipality. */
  kind: z.enum(['tekst', 'kader', 'voorbeeld', 'casus']),
  body: markdown,
  /** Where a box is taken from another publication, e.g. ROB "Loslaten in vertrouwen". */
  credit: z.string().min(1).optional(),
});
export type Section = z.infer<typeof sectionSchema>;

/** A countable list in the guide, e.g. the council's possible roles or democratic values. */
export const namedListSchema = z.object({
  id: contentId,
  title: z.string().min(1),
  intro: markdown.optional(),
  items: z.array(z.object({ name: z.string().min(1), description: markdown.optional() })).min(1),
});
export type NamedList = z.infer<typeof namedListSchema>;

/** A tip to get started ("zo kun je beginnen"). */
export const tipSchema = z.object({
  id: contentId,
  title: z.string().min(1),
  body: markdown,
});
export type Tip = z.infer<typeof tipSchema>;

/** A resource ("hulpmiddel"): shown as text; a web address only where the guide gives one. */
export const resourceSchema = z.object({
  id: contentId,
  name: z.string().min(1),
  /** The municipality, organisation, author or publication it comes from. */
  source: z.string().min(1),
  description: markdown,
  url: z
    .string()
    .regex(/^https:\/\/[^\s]+$/, 'alleen https-adressen')
    .optional(),
});
export type Resource = z.infer<typeof resourceSchema>;

/** One of the five themes, file `resources/content/themes/<id>.json`. */
export const themeSchema = z.object({
  id: themeIdSchema,
  number: z.number().int().min(1).max(5),
  title: z.string().min(1),
  motto: z.string().min(1),
  /** The explanation of the theme, in order, as titled sections. */
  sections: z.array(sectionSchema).min(1),
  /** Countable lists (competences, roles, democratic values, considerations...). */
  lists: z.array(namedListSchema),
  tips: z.array(tipSchema).min(1),
  resources: z.array(resourceSchema).min(1),
});
export type Theme = z.infer<typeof themeSchema>;

/** `resources/content/intro.json`: Gebruiksaanwijzing, what overheidsparticipatie is, history. */
export const introSchema = z.object({
  title: z.string().min(1),
  sections: z.array(sectionSchema).min(1),
});
export type Intro = z.infer<typeof introSchema>;

export const scaleLabels = ['Zeer oneens', 'Oneens', 'Eens', 'Zeer eens'] as const;

/** Statement ids are `<themeId>-<n>`, n counting from 1 in the guide's order. */
export const statementIdSchema = z.string().regex(/^(doen|doel|gemeenteraad|geld|organisatieverandering)-[1-9]$/);

/** `resources/content/self-analyses.json`: the five self-analyses (27 statements). */
export const selfAnalysesSchema = z.object({
  intro: markdown,
  scale: z.tuple([
    z.object({ value: z.literal(1), label: z.literal('Zeer oneens') }),
    z.object({ value: z.literal(2), label: z.literal('Oneens') }),
    z.object({ value: z.literal(3), label: z.literal('Eens') }),
    z.object({ value: z.literal(4), label: z.literal('Zeer eens') }),
  ]),
  /** The guide's reading of the score: the higher, the more you work as a participating civil servant. */
  reading: markdown,
  reflectionQuestions: z
    .array(z.object({ id: z.enum(['al', 'nog-niet', 'beter', 'nodig', 'concreet']), text: z.string().min(1) }))
    .length(5),
  analyses: z
    .array(
      z.object({
        themeId: themeIdSchema,
        statements: z
          .array(z.object({ id: statementIdSchema, text: z.string().min(1) }))
          .min(5)
          .max(6),
      }),
    )
    .length(5),
});
export type SelfAnalyses = z.infer<typeof selfAnalysesSchema>;

export const popOpQuestionIds = ['nu', 'richting', 'nodig', 'doen', 'kansen'] as const;

/** `resources/content/pop-op.json`: the POP-OP template. */
export const popOpTemplateSchema = z.object({
  intro: markdown,
  questions: z
    .array(
      z.object({
        id: z.enum(popOpQuestionIds),
        number: z.number().int().min(1).max(5),
        title: z.string().min(1),
        prompts: z.array(z.string().min(1)).min(1),
      }),
    )
    .length(5),
});
export type PopOpTemplate = z.infer<typeof popOpTemplateSchema>;

export const considerationIds = [
  'zeggenschap',
  'eigenaarschap',
  'risico',
  'verantwoording',
  'timing',
  'symboolwerking',
] as const;
export const considerationIdSchema = z.enum(considerationIds);
export type ConsiderationId = z.infer<typeof considerationIdSchema>;

/** The nine forms, in decreasing government involvement (the guide's order). */
export const financingFormIds = [
  'bewonersbudget',
  'initiatievenfonds',
  'budgetmonitoring',
  'fiscale-constructie',
  'maatschappelijk-aanbesteden',
  'lokaal-fonds',
  'leenkring',
  'crowdfunding',
  'complementair-geld',
] as const;
export const financingFormIdSchema = z.enum(financingFormIds);
export type FinancingFormId = z.infer<typeof financingFormIdSchema>;

/** `resources/content/financing.json`: considerations, forms and named examples of theme Geld. */
export const financingContentSchema = z.object({
  intro: markdown,
  /** The guide's caution: a municipal contribution can make an initiative heavier. */
  caution: markdown,
  /** Non-financial support the municipality can give instead of money. */
  nonFinancialSupport: z.array(z.object({ id: contentId, name: z.string().min(1), description: markdown })).min(4),
  considerations: z
    .array(z.object({ id: considerationIdSchema, title: z.string().min(1), explanation: markdown }))
    .length(6),
  forms: z
    .array(
      z.object({
        id: financingFormIdSchema,
        order: z.number().int().min(1).max(9),
        name: z.string().min(1),
        /** The guide's short label, e.g. "plek op de begroting". */
        tagline: z.string().min(1),
        explanation: markdown,
        /** Only where the guide itself ties an example to this form. */
        example: z.object({ place: z.string().min(1), text: markdown }).optional(),
      }),
    )
    .length(9),
  /** Examples the guide names whose pairing with a form was lost in extraction. */
  namedExamples: z.array(z.object({ place: z.string().min(1), text: markdown })),
});
export type FinancingContent = z.infer<typeof financingContentSchema>;

/** `resources/content/reasons.json`: "10 redenen om niet met overheidsparticipatie te beginnen". */
export const reasonsSchema = z.object({
  title: z.string().min(1),
  intro: markdown,
  credit: z.string().min(1),
  reasons: z
    .array(
      z.object({ id: contentId, number: z.number().int().min(1).max(10), title: z.string().min(1), body: markdown }),
    )
    .length(10),
});
export type Reasons = z.infer<typeof reasonsSchema>;

/** `resources/content/glossary.json`: terms a newcomer stumbles on. */
export const glossarySchema = z.object({
  terms: z
    .array(
      z.object({
        id: contentId,
        term: z.string().min(1),
        /** Other spellings or inflections that should link to this term in the text. */
        aliases: z.array(z.string().min(1)),
        definition: markdown,
      }),
    )
    .min(8),
});
export type Glossary = z.infer<typeof glossarySchema>;

/** `resources/content/colophon.json`: credit for the guide, shown on the "Over" screen. */
export const colophonSchema = z.object({
  guideTitle: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int(),
  month: z.string().min(1),
  body: markdown,
});
export type Colophon = z.infer<typeof colophonSchema>;

/** Everything of the guide, as main serves it. */
export const guideContentSchema = z.object({
  intro: introSchema,
  themes: z.array(themeSchema).length(5),
  selfAnalyses: selfAnalysesSchema,
  popOp: popOpTemplateSchema,
  financing: financingContentSchema,
  reasons: reasonsSchema,
  glossary: glossarySchema,
  colophon: colophonSchema,
});
export type GuideContent = z.infer<typeof guideContentSchema>;
