import { fileDeliverySchema } from './file-channels';
import { themeIdSchema } from './guide-content';
import { shortText } from './limits';
import { runIdSchema } from './self-analysis-channels';
import { z } from './zod';

/**
 * Channels of the Teamspiegel: members share their answers anonymously in a small file,
 * a coordinator reads those files into a round and sees the team's profile, only once the
 * round has its minimum number of members (enforced in main).
 */

/** The smallest minimum group size a round may have, and the default. */
export const teamGroupSize = { lowest: 3, default: 5, highest: 100 } as const;
/** A share file is about 1 kB; anything above this is not one. */
export const maxShareFileBytes = 16_384;
/** How many files one "toevoegen" may carry. */
export const maxShareFilesPerCall = 200;

const roundCodeMessage =
  'Een rondecode heeft 3 tot 40 letters, cijfers en streepjes, zonder spaties. Bijvoorbeeld WIJKZAKEN-2027-VJ.';

/** A round code such as `WIJKZAKEN-2027-VJ`: written in capitals whatever was typed. */
export const roundCodeSchema = z
  .string({ error: roundCodeMessage })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9](?:[A-Z0-9-]{1,38})[A-Z0-9]$/, { error: roundCodeMessage });

const roundIdSchema = z
  .number({ error: 'Geef aan over welke ronde het gaat.' })
  .int({ error: 'Geef aan over welke ronde het gaat.' })
  .positive({ error: 'Geef aan over welke ronde het gaat.' });

const groupSizeMessage = `Kies een minimale groepsgrootte van ${teamGroupSize.lowest} tot en met ${teamGroupSize.highest}.`;

export const roundSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  code: z.string(),
  minimumGroupSize: z.number().int(),
  /** How many members' files are in the round. */
  responseCount: z.number().int(),
  createdAt: z.string(),
});
export type Round = z.infer<typeof roundSchema>;

/** What a share file will hold, shown to the member before saving. */
export const sharePreviewSchema = z.object({
  roundCode: z.string(),
  /** `YYYY-MM` of the run: no exact date leaves the workbook. */
  month: z.string(),
  answeredCount: z.number().int(),
  statementCount: z.number().int(),
  /** True when this workbook has shared for this round before: the new file replaces the old one. */
  sharedBefore: z.boolean(),
  fileName: z.string(),
  /** The exact text of the file. */
  content: z.string(),
});
export type SharePreview = z.infer<typeof sharePreviewSchema>;

const incomingFileSchema = z.strictObject({
  name: z.string().max(1000),
  /** The file's size in bytes, as the file picker reports it. */
  size: z.number().int().min(0),
  /** The file's text, or its first maxShareFileBytes + 1 bytes when it is larger. */
  text: z.string().max(maxShareFileBytes + 1),
});

export const fileResultSchema = z.object({
  name: z.string(),
  outcome: z.enum(['added', 'replaced', 'refused']),
  /** Dutch, for the coordinator. */
  message: z.string(),
});
export type FileResult = z.infer<typeof fileResultSchema>;

/** Median and interquartile range of a set of values; null when fewer values than the minimum. */
export const spreadSchema = z.object({
  count: z.number().int(),
  median: z.number(),
  q1: z.number(),
  q3: z.number(),
  iqr: z.number(),
});
export type Spread = z.infer<typeof spreadSchema>;

export const themeAggregateSchema = z.object({
  themeId: themeIdSchema,
  title: z.string(),
  /** Over the members' theme averages; null when fewer members than the minimum answered the theme. */
  spread: spreadSchema.nullable(),
});
export type ThemeAggregate = z.infer<typeof themeAggregateSchema>;

export const statementAggregateSchema = z.object({
  statementId: z.string(),
  themeId: themeIdSchema,
  number: z.number().int(),
  text: z.string(),
  /** How many members chose 1, 2, 3 and 4; null when fewer members than the minimum answered it. */
  counts: z.array(z.number().int()).length(4).nullable(),
  unanswered: z.number().int(),
  spread: spreadSchema.nullable(),
});
export type StatementAggregate = z.infer<typeof statementAggregateSchema>;

export const conversationStarterSchema = z.object({
  reason: z.enum(['spread', 'low']),
  statementId: z.string(),
  themeId: themeIdSchema,
  text: z.string(),
  median: z.number(),
  iqr: z.number(),
});

export const mirrorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('waiting'), round: roundSchema, needed: z.number().int() }),
  z.object({
    kind: z.literal('mirror'),
    round: roundSchema,
    themes: z.array(themeAggregateSchema),
    statements: z.array(statementAggregateSchema),
    starters: z.array(conversationStarterSchema),
    /** The guide's tips for the themes of the conversation starters. */
    tips: z.array(
      z.object({
        themeId: themeIdSchema,
        title: z.string(),
        tips: z.array(z.object({ id: z.string(), title: z.string(), body: z.string() })),
      }),
    ),
  }),
]);
export type Mirror = z.infer<typeof mirrorSchema>;

export const roundComparisonSchema = z.object({
  before: roundSchema,
  after: roundSchema,
  themes: z.array(
    z.object({
      themeId: themeIdSchema,
      title: z.string(),
      before: z.number().nullable(),
      after: z.number().nullable(),
      change: z.number().nullable(),
    }),
  ),
});
export type RoundComparison = z.infer<typeof roundComparisonSchema>;

const shareInput = z.strictObject({ runId: runIdSchema, roundCode: roundCodeSchema });
const byRound = z.strictObject({ roundId: roundIdSchema });

export const teamChannels = {
  'team.sharePreview': { input: shareInput, output: sharePreviewSchema },
  'team.share': { input: shareInput, output: fileDeliverySchema },
  'team.rounds.list': { input: z.undefined(), output: z.array(roundSchema) },
  'team.rounds.create': {
    input: z.strictObject({
      name: shortText.trim().min(1, { error: 'Geef de ronde een naam.' }),
      code: roundCodeSchema,
      minimumGroupSize: z
        .number({ error: groupSizeMessage })
        .int({ error: groupSizeMessage })
        .min(teamGroupSize.lowest, { error: groupSizeMessage })
        .max(teamGroupSize.highest, { error: groupSizeMessage }),
    }),
    output: roundSchema,
  },
  'team.rounds.delete': { input: byRound, output: z.null() },
  'team.rounds.addFiles': {
    input: z.strictObject({
      roundId: roundIdSchema,
      files: z
        .array(incomingFileSchema)
        .min(1, { error: 'Kies minstens één bestand.' })
        .max(maxShareFilesPerCall, { error: `Kies maximaal ${maxShareFilesPerCall} bestanden tegelijk.` }),
    }),
    output: z.object({ round: roundSchema, files: z.array(fileResultSchema) }),
  },
  'team.rounds.mirror': { input: byRound, output: mirrorSchema },
  'team.rounds.compare': {
    input: z.strictObject({ roundId: roundIdSchema, otherRoundId: roundIdSchema }),
    output: roundComparisonSchema,
  },
  'team.rounds.exportPdf': { input: byRound, output: fileDeliverySchema },
} as const;
