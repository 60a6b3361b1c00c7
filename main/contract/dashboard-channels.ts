import { planStatusSchema } from './pop-op-channels';
import { screens } from './screens';
import { z } from './zod';

/**
 * Channels of the start screen ("Start"): one summary of where the user is in the workbook,
 * the last screen they visited, and the dashboard's own setting (when a new self-analysis is due).
 */

const monthsMessage = 'Kies een aantal maanden van 1 tot en met 36.';

/** After how many months the start screen asks "tijd voor een nieuwe?" about the self-analysis. */
export const reminderMonthsSchema = z
  .number({ error: monthsMessage })
  .int({ error: monthsMessage })
  .min(1, { error: monthsMessage })
  .max(36, { error: monthsMessage });

export const dashboardSettingsSchema = z.strictObject({ selfAnalysisReminderMonths: reminderMonthsSchema });
export type DashboardSettings = z.infer<typeof dashboardSettingsSchema>;
export const defaultDashboardSettings: DashboardSettings = { selfAnalysisReminderMonths: 6 };

const visitablePaths = screens.map((screen) => screen.path).filter((path) => path !== '/');
const visitMessage = 'Dit scherm bestaat niet in het werkboek.';

/** A screen the user visited: its path in the route table and the place inside it (the hash after the path). */
export const visitSchema = z.strictObject({
  path: z.enum(visitablePaths as [string, ...string[]], { error: visitMessage }),
  rest: z
    .string({ error: visitMessage })
    .max(300, { error: visitMessage })
    .regex(/^[\w\-/]*$/, { error: visitMessage }),
});
export type Visit = z.infer<typeof visitSchema>;

/** An open POP-OP action whose date has passed or comes within two weeks. */
export const dueActionSchema = z.object({
  actionId: z.number().int(),
  planId: z.number().int(),
  what: z.string(),
  /** `YYYY-MM-DD`. */
  dueDate: z.string(),
  overdue: z.boolean(),
});
export type DueAction = z.infer<typeof dueActionSchema>;

export const dashboardSummarySchema = z.object({
  /** Nothing stored yet: no self-analysis, no POP-OP, no notes. The start screen suggests an order. */
  firstTime: z.boolean(),
  /** "Verder waar je was": the last screen visited, with its Dutch title and link. */
  lastVisit: z.object({ href: z.string(), title: z.string() }).nullable(),
  /** The most recent POP-OP. */
  plan: z
    .object({
      id: z.number().int(),
      title: z.string(),
      status: planStatusSchema,
      /** The status in Dutch, as the POP-OP screen shows it. */
      statusLabel: z.string(),
      /** `YYYY-MM-DD` or '' when not set. */
      meetingDate: z.string(),
      /** "Gesprek over 5 dagen (7 december 2026)", as the plan list's reminders say it; '' without a date. */
      meetingText: z.string(),
    })
    .nullable(),
  /** Open actions of that plan that are overdue or due within two weeks, soonest first. */
  dueActions: z.array(dueActionSchema),
  /** The latest self-analysis; `timeForNew` after the months set in Instellingen. */
  selfAnalysis: z
    .object({ runId: z.number().int(), name: z.string(), createdAt: z.string(), timeForNew: z.boolean() })
    .nullable(),
  reminderMonths: z.number().int(),
  /** The three notes in the guide written or changed last. */
  recentNotes: z.array(
    z.object({
      pageId: z.string(),
      blockId: z.string(),
      title: z.string(),
      pageTitle: z.string(),
      updatedAt: z.string(),
    }),
  ),
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;

const noInput = z.undefined();

export const dashboardChannels = {
  'dashboard.summary': { input: noInput, output: dashboardSummarySchema },
  /** Remembers the screen the user is on, for "verder waar je was". */
  'dashboard.visit': { input: visitSchema, output: z.null() },
  'dashboard.settings.get': { input: noInput, output: dashboardSettingsSchema },
  'dashboard.settings.set': { input: dashboardSettingsSchema, output: dashboardSettingsSchema },
} as const;
