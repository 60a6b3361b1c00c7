import { create } from 'zustand';
import type { Meeting, MeetingRecordInput, Reminder } from '../../../main/contract/meeting-channels';
import type { Plan } from '../../../main/contract/pop-op-channels';
import { call } from '../api/client';
import { usePopOpStore } from './pop-op-store';

/** What the meeting screen needs of the plan: its name, manager (prefill) and planned meeting date. */
export type MeetingPlan = Pick<Plan, 'id' | 'title' | 'manager' | 'meetingDate'>;

interface MeetingState {
  plan: MeetingPlan | undefined;
  /** The plan's recorded meetings, newest first. */
  meetings: Meeting[];
  loadError: string | undefined;
  /** A failed step (record, agreement to action), shown near the top. */
  error: string | undefined;
  busy: boolean;
  /** The meeting recorded on this visit: the screen then shows it instead of the form. */
  justRecorded: number | undefined;
  versionMeeting: { versionId: number; meeting: Meeting | null } | undefined;
  reminders: Reminder[] | undefined;
  remindersError: string | undefined;
  open(planId: number): Promise<void>;
  startAnother(): void;
  /** Records the meeting; true when it was stored. */
  record(input: MeetingRecordInput): Promise<boolean>;
  agreementToAction(agreementId: number): Promise<void>;
  loadVersionMeeting(versionId: number): Promise<void>;
  loadReminders(): Promise<void>;
}

/** After the meeting: the record of a POP-OP's meetings, their agreements as actions, and the reminders. */
export const useMeetingStore = create<MeetingState>((set, get) => ({
  plan: undefined,
  meetings: [],
  loadError: undefined,
  error: undefined,
  busy: false,
  justRecorded: undefined,
  versionMeeting: undefined,
  reminders: undefined,
  remindersError: undefined,

  async open(planId) {
    // The editor may still be saving a change (the meeting date, say): the record must see it.
    await usePopOpStore.getState().flushAll();
    set({ loadError: undefined, error: undefined, justRecorded: undefined });
    const [plan, meetings] = await Promise.all([
      call('popOp.get', { planId }),
      call('popOp.meetings.list', { planId }),
    ]);
    if (!plan.ok) return set({ loadError: plan.error.message, plan: undefined });
    if (!meetings.ok) return set({ loadError: meetings.error.message, plan: undefined });
    const { id, title, manager, meetingDate } = plan.value;
    set({ plan: { id, title, manager, meetingDate }, meetings: meetings.value });
  },

  startAnother: () => set({ justRecorded: undefined, error: undefined }),

  async record(input) {
    set({ busy: true, error: undefined });
    const result = await call('popOp.meetings.record', input);
    if (!result.ok) {
      set({ busy: false, error: result.error.message });
      return false;
    }
    const plan = get().plan;
    set((state) => ({
      busy: false,
      justRecorded: result.value.id,
      meetings: [result.value, ...state.meetings],
      plan: plan && { ...plan, meetingDate: result.value.nextMeeting },
    }));
    return true;
  },

  async agreementToAction(agreementId) {
    set({ busy: true, error: undefined });
    const result = await call('popOp.meetings.agreementToAction', { agreementId });
    if (!result.ok) return set({ busy: false, error: result.error.message });
    const updated = result.value.meeting;
    set((state) => ({
      busy: false,
      meetings: state.meetings.map((meeting) => (meeting.id === updated.id ? updated : meeting)),
    }));
  },

  async loadVersionMeeting(versionId) {
    const result = await call('popOp.meetings.ofVersion', { versionId });
    set({ versionMeeting: { versionId, meeting: result.ok ? result.value : null } });
  },

  async loadReminders() {
    const result = await call('popOp.reminders', undefined);
    if (result.ok) set({ reminders: result.value.reminders, remindersError: undefined });
    else set({ remindersError: result.error.message });
  },
}));
