import { localIsoDate } from '../../contract/calendar-date';
import { UserFacingError } from '../../contract/envelope';
import type { Meeting, MeetingOutcome, MeetingRecordInput, Reminder } from '../../contract/meeting-channels';
import type { PlanAction, PlanStatus } from '../../contract/pop-op-channels';
import type { PopOpMeetingRemindersRepository } from '../../db/pop-op-meeting-reminders-repository';
import type { PopOpMeetingsRepository, StoredMeeting } from '../../db/pop-op-meetings-repository';
import type { PopOpRepository } from '../../db/pop-op-repository';
import type { PopOpVersionsRepository } from '../../db/pop-op-versions-repository';
import { addDays, computeReminders, reminderWindowDays } from './meeting-reminders';
import { isEmptyPlan, snapshotOf } from './plan-snapshot';
import { popOpMessages } from './pop-op-messages';
import type { PopOpService } from './pop-op-service';

/**
 * "Voor akkoord" fixes the plan as agreed: vastgesteld. "Voor gezien" is discussed without
 * agreement, and "aangepast" means the meeting asked for changes that are not in the plan
 * yet: both besproken, so the next meeting can still fix it.
 */
export const versionStatusOf: Record<MeetingOutcome, Exclude<PlanStatus, 'concept'>> = {
  'voor-akkoord': 'vastgesteld',
  'voor-gezien': 'besproken',
  aangepast: 'besproken',
};

export const meetingMessages = {
  meetingNotFound: 'Dit gesprek bestaat niet (meer).',
  agreementNotFound: 'Deze afspraak bestaat niet (meer).',
  alreadyAnAction: 'Van deze afspraak heb je al een actie gemaakt. Je vindt haar bij de acties van het plan.',
  notYetHeld: 'Dit gesprek is nog niet geweest. Kies de datum waarop het gesprek was, vandaag of eerder.',
};

export interface MeetingServiceOptions {
  popOp: PopOpService;
  plans: PopOpRepository;
  versions: PopOpVersionsRepository;
  meetings: PopOpMeetingsRepository;
  reminders: PopOpMeetingRemindersRepository;
  /** Runs `work` in one write transaction: a meeting is stored whole or not at all. */
  inTransaction: <T>(work: () => T) => T;
  now?: () => Date;
}

/** The meeting about a POP-OP: recorded with its agreements, which can become actions; and the reminders. */
export function createMeetingService(options: MeetingServiceOptions) {
  const { popOp, plans, versions, meetings, inTransaction } = options;
  const clock = options.now ?? (() => new Date());

  const view = (stored: StoredMeeting): Meeting => ({
    ...stored,
    agreements: meetings.agreements(stored.id).map(({ id, position, text, actionId }) => ({
      id,
      position,
      text,
      actionId,
    })),
  });
  const requireMeeting = (id: number) => {
    const stored = meetings.meeting(id);
    if (!stored) throw new UserFacingError('not-found', meetingMessages.meetingNotFound);
    return stored;
  };

  return {
    /**
     * Freezes the plan as a version (besproken or vastgesteld, by outcome) with the meeting and
     * its agreements attached, and moves the plan's meeting date to the next meeting. The
     * version keeps the date the meeting was held.
     */
    record(input: MeetingRecordInput): Meeting {
      const plan = popOp.get(input.planId);
      // A date on this computer's calendar: a record is of a meeting that took place.
      if (input.heldOn > localIsoDate(clock())) throw new UserFacingError('invalid-input', meetingMessages.notYetHeld);
      const status = versionStatusOf[input.outcome];
      const snapshot = { ...snapshotOf(plan), status, meetingDate: input.heldOn };
      if (isEmptyPlan(snapshot)) throw new UserFacingError('invalid-input', popOpMessages.emptyPlan);
      const now = clock().toISOString();
      const meetingId = inTransaction(() => {
        plans.setStatus(plan.id, status, now);
        const versionId = versions.insert(plan.id, status, snapshot, now);
        const { heldOn, withWhom, outcome, nextMeeting } = input;
        const id = meetings.insert(
          { planId: plan.id, versionId, heldOn, withWhom: withWhom.trim(), outcome, nextMeeting, createdAt: now },
          input.agreements.map((text) => text.trim()),
        );
        plans.updatePlan(plan.id, { meetingDate: nextMeeting }, now);
        return id;
      });
      return view(requireMeeting(meetingId));
    },

    ofPlan(planId: number): Meeting[] {
      popOp.get(planId);
      return meetings.ofPlan(planId).map(view);
    },

    ofVersion(versionId: number): Meeting | null {
      popOp.version(versionId);
      const stored = meetings.ofVersion(versionId);
      return stored ? view(stored) : null;
    },

    /** The latest meeting of a plan, for the line under a PDF's title. */
    latest(planId: number): Meeting | undefined {
      const [newest] = meetings.ofPlan(planId);
      return newest ? view(newest) : undefined;
    },

    /** Adds the agreement to the plan's actions (planned, its text as "what") and links the two. */
    agreementToAction(agreementId: number): { meeting: Meeting; action: PlanAction } {
      const agreement = meetings.agreement(agreementId);
      if (!agreement) throw new UserFacingError('not-found', meetingMessages.agreementNotFound);
      if (agreement.actionId !== null) throw new UserFacingError('invalid-input', meetingMessages.alreadyAnAction);
      const meeting = requireMeeting(agreement.meetingId);
      const action = inTransaction(() => {
        const added = popOp.addAction(meeting.planId, { what: agreement.text });
        meetings.linkAction(agreement.id, added.id);
        return added;
      });
      return { meeting: view(requireMeeting(meeting.id)), action };
    },

    reminders(): { today: string; reminders: Reminder[] } {
      const today = localIsoDate(clock());
      const due = options.reminders.openActionsDueBy(addDays(today, reminderWindowDays));
      return { today, reminders: computeReminders(today, options.reminders.plansWithMeetingDate(), due) };
    },
  };
}
export type MeetingService = ReturnType<typeof createMeetingService>;
