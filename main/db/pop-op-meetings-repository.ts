import type { Database } from 'better-sqlite3';
import type { MeetingOutcome } from '../contract/meeting-channels';

export interface StoredMeeting {
  id: number;
  planId: number;
  versionId: number;
  versionNumber: number;
  heldOn: string;
  withWhom: string;
  outcome: MeetingOutcome;
  nextMeeting: string;
  createdAt: string;
}

export interface StoredAgreement {
  id: number;
  meetingId: number;
  position: number;
  text: string;
  actionId: number | null;
}

export interface NewMeeting {
  planId: number;
  versionId: number;
  heldOn: string;
  withWhom: string;
  outcome: MeetingOutcome;
  nextMeeting: string;
  createdAt: string;
}

const meetingSelect = `
  SELECT m.id, m.plan_id AS planId, m.version_id AS versionId, v.number AS versionNumber, m.held_on AS heldOn,
         m.with_whom AS withWhom, m.outcome, m.next_meeting AS nextMeeting, m.created_at AS createdAt
  FROM pop_op_meetings m JOIN pop_op_versions v ON v.id = m.version_id`;

/**
 * The meetings about a POP-OP and their agreements. Writes run inside the caller's transaction
 * (the POP-OP service stores the version, the plan's status and the meeting together).
 */
export function createPopOpMeetingsRepository(db: Database) {
  const statements = {
    ofPlan: db.prepare<[number], StoredMeeting>(
      `${meetingSelect} WHERE m.plan_id = ? ORDER BY m.held_on DESC, v.number DESC`,
    ),
    ofVersion: db.prepare<[number], StoredMeeting>(`${meetingSelect} WHERE m.version_id = ?`),
    one: db.prepare<[number], StoredMeeting>(`${meetingSelect} WHERE m.id = ?`),
    agreements: db.prepare<[number], StoredAgreement>(
      `SELECT id, meeting_id AS meetingId, position, text, action_id AS actionId
       FROM pop_op_meeting_agreements WHERE meeting_id = ? ORDER BY position`,
    ),
    agreement: db.prepare<[number], StoredAgreement>(
      `SELECT id, meeting_id AS meetingId, position, text, action_id AS actionId
       FROM pop_op_meeting_agreements WHERE id = ?`,
    ),
    insert: db.prepare<[NewMeeting]>(`
      INSERT INTO pop_op_meetings (plan_id, version_id, held_on, with_whom, outcome, next_meeting, created_at)
      VALUES (@planId, @versionId, @heldOn, @withWhom, @outcome, @nextMeeting, @createdAt)`),
    insertAgreement: db.prepare<[number, number, string]>(
      'INSERT INTO pop_op_meeting_agreements (meeting_id, position, text) VALUES (?, ?, ?)',
    ),
    linkAction: db.prepare<[number, number]>('UPDATE pop_op_meeting_agreements SET action_id = ? WHERE id = ?'),
  };
  return {
    /** Newest meeting first. */
    ofPlan: (planId: number): StoredMeeting[] => statements.ofPlan.all(planId),
    ofVersion: (versionId: number): StoredMeeting | undefined => statements.ofVersion.get(versionId),
    meeting: (id: number): StoredMeeting | undefined => statements.one.get(id),
    agreements: (meetingId: number): StoredAgreement[] => statements.agreements.all(meetingId),
    agreement: (id: number): StoredAgreement | undefined => statements.agreement.get(id),
    /** Call inside a transaction: the meeting and its agreements, numbered 1..n. */
    insert(meeting: NewMeeting, agreements: readonly string[]): number {
      const meetingId = Number(statements.insert.run(meeting).lastInsertRowid);
      agreements.forEach((text, index) => {
        statements.insertAgreement.run(meetingId, index + 1, text);
      });
      return meetingId;
    },
    linkAction(agreementId: number, actionId: number): void {
      statements.linkAction.run(actionId, agreementId);
    },
  };
}
export type PopOpMeetingsRepository = ReturnType<typeof createPopOpMeetingsRepository>;
