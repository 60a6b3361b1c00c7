import { longText, shortText } from './limits';
import { actionSchema } from './pop-op-channels';
import { z } from './zod';

/** What came out of the meeting about the plan: seen, agreed, or changed in the meeting. */
export const meetingOutcomes = ['voor-gezien', 'voor-akkoord', 'aangepast'] as const;
export const meetingOutcomeSchema = z.enum(meetingOutcomes, {
  error: 'Kies de uitkomst van het gesprek: voor gezien, voor akkoord of aangepast.',
});
export type MeetingOutcome = z.infer<typeof meetingOutcomeSchema>;

/** How the outcomes read on screen and in the PDF. */
export const meetingOutcomeLabels: Record<MeetingOutcome, string> = {
  'voor-gezien': 'voor gezien',
  'voor-akkoord': 'voor akkoord',
  aangepast: 'aangepast',
};

/** At most 10 agreements of 1000 characters per meeting: a meeting record, not a second plan. */
export const meetingLimits = { agreements: 10, agreementText: 1000 } as const;

export const meetingMessages = {
  dateFormat: 'Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 15-03-2027.',
  dateRange: 'Kies een datum tussen 1900 en 2199.',
  impossibleDate: 'Deze datum bestaat niet. Kijk de dag en de maand na.',
  heldOnMissing: 'Vul de datum van het gesprek in.',
  withWhomMissing: 'Vul in met wie je het gesprek had.',
  agreementEmpty: 'Deze afspraak is leeg. Schrijf de afspraak op of haal hem weg.',
  agreementTooLong: `Een afspraak is maximaal ${meetingLimits.agreementText} tekens. Maak hem korter of splits hem in twee afspraken.`,
  tooManyAgreements: `Je kunt maximaal ${meetingLimits.agreements} afspraken vastleggen. Voeg afspraken samen of zet ze in je acties.`,
  nextBeforeHeld: 'Het volgende gesprek moet na de datum van dit gesprek zijn.',
} as const;

/** True for a `YYYY-MM-DD` that is a real day of the calendar (not 31-02). */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A calendar date `YYYY-MM-DD` (1900–2199) with a message per way it can be wrong. */
export const meetingDateSchema = z
  .string({ error: meetingMessages.dateFormat })
  .regex(/^\d{4}-\d{2}-\d{2}$/, meetingMessages.dateFormat)
  .regex(/^(19|20|21)\d{2}-/, meetingMessages.dateRange)
  .refine(isCalendarDate, meetingMessages.impossibleDate);

/**
 * "15-03-2027" (or "15/3/2027", "15.03.2027") as "2027-03-15". Anything else comes back as typed
 * (trimmed), so the contract refuses it with its own message rather than a second one here.
 */
export function dutchDateToIso(text: string): string {
  const trimmed = text.trim();
  const match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (!match) return trimmed;
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "2027-03-15" as "15-03-2027", the way the date fields show it; '' stays ''. */
export function isoToDutchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

export const agreementTextSchema = longText
  .max(meetingLimits.agreementText, meetingMessages.agreementTooLong)
  .refine((text) => text.trim() !== '', meetingMessages.agreementEmpty);

export const meetingWithWhomSchema = shortText.refine((name) => name.trim() !== '', meetingMessages.withWhomMissing);

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** What the user records after the meeting; the next meeting may stay empty (not planned yet). */
export const meetingRecordInputSchema = z
  .strictObject({
    planId: id,
    heldOn: z
      .string({ error: meetingMessages.heldOnMissing })
      .min(1, meetingMessages.heldOnMissing)
      .pipe(meetingDateSchema),
    withWhom: meetingWithWhomSchema,
    outcome: meetingOutcomeSchema,
    agreements: z.array(agreementTextSchema).max(meetingLimits.agreements, meetingMessages.tooManyAgreements),
    nextMeeting: z.union([z.literal(''), meetingDateSchema]),
  })
  .refine((input) => input.nextMeeting === '' || input.nextMeeting > input.heldOn, {
    message: meetingMessages.nextBeforeHeld,
    path: ['nextMeeting'],
    // Also when another field is wrong (say, no outcome), so the form shows every message at once;
    // only the object itself and its two dates must be right to compare them (an issue without a
    // field is about the whole input: not an object, or unknown keys).
    when: (payload) =>
      payload.issues.every((issue) => {
        const field = issue.path?.[0];
        return field !== undefined && field !== 'heldOn' && field !== 'nextMeeting';
      }),
  });
export type MeetingRecordInput = z.infer<typeof meetingRecordInputSchema>;

export const meetingAgreementSchema = z.object({
  id: z.number().int(),
  position: z.number().int(),
  text: z.string(),
  /** The action this agreement became, while that action exists. */
  actionId: z.number().int().nullable(),
});
export type MeetingAgreement = z.infer<typeof meetingAgreementSchema>;

export const meetingSchema = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  versionId: z.number().int(),
  versionNumber: z.number().int(),
  heldOn: z.string(),
  withWhom: z.string(),
  outcome: meetingOutcomeSchema,
  nextMeeting: z.string(),
  createdAt: z.string(),
  agreements: z.array(meetingAgreementSchema),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** One thing to act on soon: a meeting coming up (or held but not recorded) or an action's deadline. */
export const reminderSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('meeting'),
    planId: z.number().int(),
    planTitle: z.string(),
    date: z.string(),
    /** Days from today; negative when the meeting date has passed without a record. */
    daysUntil: z.number().int(),
    text: z.string(),
  }),
  z.object({
    kind: z.literal('action'),
    planId: z.number().int(),
    planTitle: z.string(),
    actionId: z.number().int(),
    date: z.string(),
    /** Days from today; negative when the deadline has passed. */
    daysUntil: z.number().int(),
    text: z.string(),
  }),
]);
export type Reminder = z.infer<typeof reminderSchema>;

/** Channels of the meeting about a POP-OP: record it, read it back, turn agreements into actions, reminders. */
export const meetingChannels = {
  'popOp.meetings.record': { input: meetingRecordInputSchema, output: meetingSchema },
  /** Newest first. */
  'popOp.meetings.list': { input: z.strictObject({ planId: id }), output: z.array(meetingSchema) },
  'popOp.meetings.ofVersion': { input: z.strictObject({ versionId: id }), output: meetingSchema.nullable() },
  'popOp.meetings.agreementToAction': {
    input: z.strictObject({ agreementId: id }),
    output: z.object({ meeting: meetingSchema, action: actionSchema }),
  },
  /** Overdue and coming deadlines (two weeks) and meeting dates of the current plans, soonest first. */
  'popOp.reminders': {
    input: z.undefined(),
    output: z.object({ today: z.string(), reminders: z.array(reminderSchema) }),
  },
} as const;
