import type { Handlers } from '../../contract/channels';
import type { WorkbookContext } from '../workbook-context';
import type { MeetingService } from './meeting-service';

/** Handlers of the meeting about a POP-OP: record, read, agreements to actions, reminders. */
export function createMeetingHandlers(_context: WorkbookContext, { popOpMeetings }: { popOpMeetings: MeetingService }) {
  return {
    'popOp.meetings.record': (input) => popOpMeetings.record(input),
    'popOp.meetings.list': ({ planId }) => popOpMeetings.ofPlan(planId),
    'popOp.meetings.ofVersion': ({ versionId }) => popOpMeetings.ofVersion(versionId),
    'popOp.meetings.agreementToAction': ({ agreementId }) => popOpMeetings.agreementToAction(agreementId),
    'popOp.reminders': () => popOpMeetings.reminders(),
  } satisfies Partial<Handlers>;
}
