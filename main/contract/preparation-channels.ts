import { fileDeliverySchema } from './file-channels';
import { themeIdSchema } from './guide-content';
import { longText } from './limits';
import { meetingOutcomeSchema } from './meeting-channels';
import { actionStatusSchema, dateOrEmptySchema, planFieldsSchema } from './pop-op-channels';
import { z } from './zod';

/**
 * Gespreksvoorbereiding: what the civil servant takes to the talk about the POP-OP. Main builds
 * one `MeetingPreparation` (the screen, the PDF and the .docx all print it) and keeps the user's
 * bespreekpunten.
 */

/** At most three bespreekpunten per plan, each short enough to read out in the talk. */
export const talkingPointLimits = { count: 3, characters: 500 } as const;

const planId = z
  .number({ error: 'Geef aan over welk plan het gaat.' })
  .int({ error: 'Geef aan over welk plan het gaat.' })
  .positive({ error: 'Geef aan over welk plan het gaat.' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'Geef aan over welk plan het gaat.' });

const positionMessage = `Je kunt maximaal ${talkingPointLimits.count} bespreekpunten opschrijven: kies punt 1, 2 of 3.`;

/** Which of the three bespreekpunten: 1, 2 or 3. */
export const talkingPointPositionSchema = z
  .number({ error: positionMessage })
  .int({ error: positionMessage })
  .min(1, { error: positionMessage })
  .max(talkingPointLimits.count, { error: positionMessage });

/** A bespreekpunt's text: may be empty (then the point is gone), at most 500 characters. */
export const talkingPointTextSchema = longText.max(talkingPointLimits.characters, {
  error: `Een bespreekpunt is maximaal ${talkingPointLimits.characters} tekens. Maak het korter of verdeel het over twee punten.`,
});

/** A text field that changed: the short ones (name, date) old and new, the long ones the words taken out and put in. */
export const preparationFieldChangeSchema = z.object({
  key: z.enum(planFieldsSchema.keyof().options),
  /** "Functie", "1. Waar sta ik nu?". */
  label: z.string(),
  /** `value`: a one-line field shown as before → after; `text`: a long answer shown by its changed passages. */
  kind: z.enum(['value', 'text']),
  before: z.string(),
  after: z.string(),
  /** Passages only in the plan now, in reading order, each at most a few sentences. */
  added: z.array(z.string()),
  /** Passages only in the discussed version. */
  removed: z.array(z.string()),
  /** Changed passages left out of `added`/`removed` to keep the preparation short. */
  moreChanges: z.number().int(),
});
export type PreparationFieldChange = z.infer<typeof preparationFieldChangeSchema>;

export const preparationActionChangeSchema = z.object({
  change: z.enum(['added', 'changed', 'removed']),
  /** The action's "wat", shortened. */
  what: z.string(),
  /** Per changed field: its Dutch name and the old and new value as printed ("status", "Gepland", "Gedaan"). */
  details: z.array(z.object({ label: z.string(), before: z.string(), after: z.string() })),
});
export type PreparationActionChange = z.infer<typeof preparationActionChangeSchema>;

export const preparationFactorChangeSchema = z.object({
  change: z.enum(['added', 'removed']),
  kind: z.enum(['kans', 'bedreiging']),
  text: z.string(),
});

/** Where an action stands on the day of preparing: `te-laat` when its date passed and it is neither done nor dropped. */
export const actionProgressSchema = z.enum(['gedaan', 'bezig', 'gepland', 'te-laat', 'geschrapt']);
export type ActionProgress = z.infer<typeof actionProgressSchema>;

export const actionProgressLabels: Record<ActionProgress, string> = {
  gedaan: 'Gedaan',
  bezig: 'Bezig',
  gepland: 'Gepland',
  'te-laat': 'Te laat',
  geschrapt: 'Geschrapt',
};

export const preparationActionSchema = z.object({
  id: z.number().int(),
  /** 1-based, as in the plan. */
  number: z.number().int(),
  what: z.string(),
  withWhom: z.string(),
  dueDate: dateOrEmptySchema,
  status: actionStatusSchema,
  progress: actionProgressSchema,
  /** "Te laat (bezig)", "Gedaan", "Gepland". */
  progressText: z.string(),
  /** The due date as printed: "1 juni 2027", or '' without one. */
  dueDateText: z.string(),
});
export type PreparationAction = z.infer<typeof preparationActionSchema>;

const scorePointSchema = z.object({ average: z.number(), createdAt: z.string() });

/** One theme of the self-analysis: its score at the last meeting, the results since, and the change ("sinds vorige keer"). */
export const preparationThemeSchema = z.object({
  themeId: themeIdSchema,
  title: z.string(),
  /** The latest complete result on or before the last meeting; null without a meeting or an earlier result. */
  atLastMeeting: scorePointSchema.nullable(),
  /** Complete results after the last meeting (all of them when there was none), oldest first. */
  since: z.array(scorePointSchema),
  /** Latest minus `atLastMeeting`, when both exist. */
  change: z.number().nullable(),
  /** "0,3 hoger", "gelijk", "geen nieuwe zelfanalyse sinds het gesprek", "nieuw: 2,8". */
  changeText: z.string(),
});
export type PreparationTheme = z.infer<typeof preparationThemeSchema>;

/** Everything the Gespreksvoorbereiding shows and prints; `preparation*.ts` in main builds it. */
export const meetingPreparationSchema = z.object({
  planId: z.number().int(),
  planTitle: z.string(),
  employeeName: z.string(),
  manager: z.string(),
  /** The date of the coming talk as set in the plan (may be ''). */
  meetingDate: dateOrEmptySchema,
  /** The day "te laat" is judged on: `YYYY-MM-DD` in the Netherlands. */
  today: z.string(),
  /** The latest version (besproken or vastgesteld): the last meeting. Null when the plan was never discussed. */
  lastMeeting: z
    .object({
      versionId: z.number().int(),
      number: z.number().int(),
      status: z.enum(['besproken', 'vastgesteld']),
      createdAt: z.string(),
      /** The day the meeting was held (`YYYY-MM-DD`): its record's date, else the version's day in the Netherlands. */
      heldOn: z.string(),
      /** The meeting recorded with this version (12a), or null for a version frozen by hand. */
      record: z.object({ heldOn: z.string(), withWhom: z.string(), outcome: meetingOutcomeSchema }).nullable(),
    })
    .nullable(),
  changes: z.object({
    count: z.number().int(),
    fields: z.array(preparationFieldChangeSchema),
    actions: z.array(preparationActionChangeSchema),
    factors: z.array(preparationFactorChangeSchema),
  }),
  actions: z.array(preparationActionSchema),
  themes: z.array(preparationThemeSchema),
  /** Always three, '' for a point not written. */
  talkingPoints: z.array(z.string()),
});
export type MeetingPreparation = z.infer<typeof meetingPreparationSchema>;

const byPlan = z.strictObject({ planId });

/** Channels of the Gespreksvoorbereiding. */
export const preparationChannels = {
  'popOp.preparation.get': { input: byPlan, output: meetingPreparationSchema },
  'popOp.preparation.setTalkingPoint': {
    input: z.strictObject({ planId, position: talkingPointPositionSchema, text: talkingPointTextSchema }),
    output: z.object({ updatedAt: z.string() }),
  },
  'popOp.preparation.export': { input: byPlan, output: fileDeliverySchema },
} as const;
