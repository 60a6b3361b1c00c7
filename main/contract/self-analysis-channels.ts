import { fileDeliverySchema } from './file-channels';
import { contentId, markdown, statementIdSchema, themeIdSchema } from './guide-content';
import { longText, shortText } from './limits';
import { z } from './zod';

/**
 * Channels of the Zelfanalyses: fill in, score, keep over time, compare, reflect, and mark
 * what you want to work on. Scores are always computed in main; the renderer only shows them.
 */

const answerMessage = 'Kies een antwoord van 1 (Zeer oneens) tot en met 4 (Zeer eens).';

/** One answer on the guide's scale: a whole number 1–4, nothing else. */
export const answerValueSchema = z
  .number({ error: answerMessage })
  .int({ error: answerMessage })
  .min(1, { error: answerMessage })
  .max(4, { error: answerMessage });

/** A statement id such as `doen-1`; whether it exists in the guide is checked by the service. */
export const answerStatementIdSchema = z
  .string({ error: 'Geef aan over welke stelling dit antwoord gaat.' })
  .refine((id) => statementIdSchema.safeParse(id).success, { error: 'Deze stelling bestaat niet in de zelfanalyses.' });

/** The id of a stored run. */
export const runIdSchema = z
  .number({ error: 'Geef aan over welke zelfanalyse het gaat.' })
  .int({ error: 'Geef aan over welke zelfanalyse het gaat.' })
  .positive({ error: 'Geef aan over welke zelfanalyse het gaat.' });

/** What a run covers: all five themes, or one theme at a time. */
export const runScopeSchema = z.enum(['all', 'doen', 'doel', 'gemeenteraad', 'geld', 'organisatieverandering'], {
  error: 'Kies alle vijf thema’s of één thema.',
});
export type RunScope = z.infer<typeof runScopeSchema>;

export const reflectionQuestionIdSchema = z.enum(['al', 'nog-niet', 'beter', 'nodig', 'concreet'], {
  error: 'Deze reflectievraag bestaat niet.',
});
export type ReflectionQuestionId = z.infer<typeof reflectionQuestionIdSchema>;

/** A tip or resource of the statement's theme chosen as the way to start. */
export const suggestionRefSchema = z.strictObject({
  kind: z.enum(['tip', 'resource'], { error: 'Kies een tip of een hulpmiddel.' }),
  id: contentId,
});
export type SuggestionRef = z.infer<typeof suggestionRefSchema>;

/** The questionnaire as the fill-in screen needs it, taken from the guide. */
export const questionnaireSchema = z.object({
  intro: markdown,
  literalNote: z.string(),
  reading: markdown,
  scale: z.array(z.object({ value: z.number().int(), label: z.string() })),
  reflectionQuestions: z.array(z.object({ id: reflectionQuestionIdSchema, text: z.string() })),
  themes: z.array(
    z.object({
      id: themeIdSchema,
      number: z.number().int(),
      title: z.string(),
      motto: z.string(),
      statements: z.array(z.object({ id: z.string(), text: z.string(), explanation: z.string().optional() })),
    }),
  ),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** The score of one theme in one run. `average` is over the answered statements; null when none are. */
export const themeScoreSchema = z.object({
  themeId: themeIdSchema,
  statementCount: z.number().int(),
  answeredCount: z.number().int(),
  /** Sum of the answered statements. */
  sum: z.number().int(),
  average: z.number().nullable(),
  /** All statements answered: only then is the score final. */
  complete: z.boolean(),
  /** The score in plain words (Dutch). */
  reading: z.string(),
});
export type ThemeScore = z.infer<typeof themeScoreSchema>;

/** A run as listed in the history. */
export const runSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  scope: runScopeSchema,
  /** ISO 8601 (UTC): when the run was started; this is "the date" of the run. */
  createdAt: z.string(),
  updatedAt: z.string(),
  complete: z.boolean(),
  answeredCount: z.number().int(),
  statementCount: z.number().int(),
  /** Only the themes in the run's scope, in the guide's order. */
  themes: z.array(themeScoreSchema),
});
export type RunSummary = z.infer<typeof runSummarySchema>;

export const statementChangeSchema = z.object({
  statementId: z.string(),
  themeId: themeIdSchema,
  before: z.number().int().nullable(),
  after: z.number().int().nullable(),
  /** after − before; null when one of them is missing. */
  change: z.number().int().nullable(),
});
export type StatementChange = z.infer<typeof statementChangeSchema>;

/** "Sinds vorige keer" for one theme: against the latest earlier run in which that theme was complete. */
export const themeChangeSchema = z.object({
  themeId: themeIdSchema,
  previousRunId: z.number().int(),
  previousRunName: z.string(),
  previousCreatedAt: z.string(),
  before: z.number(),
  after: z.number(),
  change: z.number(),
  statements: z.array(statementChangeSchema),
});
export type ThemeChange = z.infer<typeof themeChangeSchema>;

export const actionMarkSchema = z.object({
  statementId: z.string(),
  suggestion: suggestionRefSchema.nullable(),
});
export type ActionMark = z.infer<typeof actionMarkSchema>;

/** Everything of one run. */
export const runDetailSchema = runSummarySchema.extend({
  answers: z.record(z.string(), z.number().int()),
  reflections: z.array(z.object({ themeId: themeIdSchema, questionId: reflectionQuestionIdSchema, text: z.string() })),
  /** Per complete theme of this run, the change since the previous complete result of that theme. */
  sincePrevious: z.array(themeChangeSchema),
  marks: z.array(actionMarkSchema),
});
export type RunDetail = z.infer<typeof runDetailSchema>;

/** Two runs side by side. */
export const runComparisonSchema = z.object({
  base: runSummarySchema,
  other: runSummarySchema,
  themes: z.array(
    z.object({
      themeId: themeIdSchema,
      before: themeScoreSchema.nullable(),
      after: themeScoreSchema.nullable(),
      /** Only when both are complete: an incomplete score is never compared. */
      change: z.number().nullable(),
    }),
  ),
  statements: z.array(statementChangeSchema),
});
export type RunComparison = z.infer<typeof runComparisonSchema>;

/** Per theme, the complete results over time, oldest first. */
export const trendSchema = z.object({
  themes: z.array(
    z.object({
      themeId: themeIdSchema,
      points: z.array(z.object({ runId: z.number().int(), createdAt: z.string(), average: z.number() })),
    }),
  ),
});
export type Trend = z.infer<typeof trendSchema>;

/** The lowest-scored statements of a run and their themes' tips and resources. */
export const suggestionsSchema = z.object({
  statements: z.array(
    z.object({ statementId: z.string(), themeId: themeIdSchema, text: z.string(), value: z.number().int() }),
  ),
  themes: z.array(
    z.object({
      themeId: themeIdSchema,
      title: z.string(),
      tips: z.array(z.object({ id: z.string(), title: z.string(), body: z.string() })),
      resources: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          source: z.string(),
          description: z.string(),
          url: z.string().optional(),
        }),
      ),
    }),
  ),
});
export type Suggestions = z.infer<typeof suggestionsSchema>;

/**
 * A statement marked "wil ik mee aan de slag", for POP-OP. Stable: POP-OP turns it into an
 * action linked back to `runId` + `statementId`.
 */
export const actionCandidateSchema = z.object({
  runId: z.number().int(),
  runName: z.string(),
  runCreatedAt: z.string(),
  themeId: themeIdSchema,
  themeTitle: z.string(),
  statementId: z.string(),
  statementText: z.string(),
  /** The answer given in that run (1–4), null if the statement was marked without an answer. */
  answer: z.number().int().nullable(),
  suggestion: z.object({ kind: z.enum(['tip', 'resource']), id: z.string(), title: z.string() }).nullable(),
  markedAt: z.string(),
});
export type ActionCandidate = z.infer<typeof actionCandidateSchema>;

/** The latest run with all five themes complete: per theme its average (1.0–4.0). Stable, for POP-OP. */
export const latestProfileSchema = z
  .object({
    runId: z.number().int(),
    runName: z.string(),
    createdAt: z.string(),
    themes: z.array(
      z.object({
        themeId: themeIdSchema,
        themeTitle: z.string(),
        average: z.number(),
        /** The score in plain words (Dutch), as on the profile screen. */
        reading: z.string(),
      }),
    ),
  })
  .nullable();
export type LatestProfile = z.infer<typeof latestProfileSchema>;

const noInput = z.undefined();
/** A page of the history, newest first ("meer laden"); without it, every run. */
export const historyPageSchema = z
  .strictObject({
    offset: z.number().int().min(0).max(1_000_000).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .optional();
export type HistoryPage = z.infer<typeof historyPageSchema>;
const byRun = z.strictObject({ runId: runIdSchema });

export const selfAnalysisChannels = {
  'selfAnalysis.questionnaire': { input: noInput, output: questionnaireSchema },
  'selfAnalysis.list': { input: historyPageSchema, output: z.array(runSummarySchema) },
  'selfAnalysis.start': { input: z.strictObject({ scope: runScopeSchema }), output: runDetailSchema },
  'selfAnalysis.get': { input: byRun, output: runDetailSchema },
  'selfAnalysis.answer': {
    input: z.strictObject({ runId: runIdSchema, statementId: answerStatementIdSchema, value: answerValueSchema }),
    output: runSummarySchema,
  },
  'selfAnalysis.reflect': {
    input: z.strictObject({
      runId: runIdSchema,
      themeId: themeIdSchema,
      questionId: reflectionQuestionIdSchema,
      text: longText,
    }),
    output: z.object({ updatedAt: z.string() }),
  },
  'selfAnalysis.rename': { input: z.strictObject({ runId: runIdSchema, name: shortText }), output: runSummarySchema },
  'selfAnalysis.delete': { input: byRun, output: z.null() },
  'selfAnalysis.compare': {
    input: z.strictObject({ baseRunId: runIdSchema, otherRunId: runIdSchema }),
    output: runComparisonSchema,
  },
  'selfAnalysis.trend': { input: noInput, output: trendSchema },
  'selfAnalysis.suggestions': { input: byRun, output: suggestionsSchema },
  'selfAnalysis.mark': {
    input: z.strictObject({
      runId: runIdSchema,
      statementId: answerStatementIdSchema,
      wanted: z.boolean(),
      suggestion: suggestionRefSchema.nullable(),
    }),
    output: z.array(actionMarkSchema),
  },
  'selfAnalysis.actionCandidates': { input: noInput, output: z.array(actionCandidateSchema) },
  'selfAnalysis.latestProfile': { input: noInput, output: latestProfileSchema },
  'selfAnalysis.exportPdf': { input: byRun, output: fileDeliverySchema },
} as const;
