import type { Comparison, Plan, PlanSnapshot, VersionSummary } from '../../contract/pop-op-channels';
import { type MeetingPreparation, talkingPointLimits } from '../../contract/preparation-channels';
import type { TalkingPointsRepository } from '../../db/talking-points-repository';

import type { SelfAnalysisService } from '../self-analysis/self-analysis-service';
import { compareSnapshots } from './compare-versions';
import type { MeetingService } from './meeting-service';
import { snapshotOf } from './plan-snapshot';
import type { PopOpService } from './pop-op-service';
import { preparationActions } from './preparation-actions';
import { preparationChanges } from './preparation-changes';
import { dutchCalendarDay } from './preparation-text';
import { preparationThemes } from './preparation-trend';

export interface PreparationServiceOptions {
  popOp: PopOpService;
  selfAnalyses: SelfAnalysisService;
  talkingPoints: TalkingPointsRepository;
  /** The recorded meetings: a version with a record was discussed on the day it was held. */
  meetings: Pick<MeetingService, 'ofVersion'>;
  /** The clock: "te laat" is judged on its day. Tests fix it. */
  now?: () => Date;
}

/** A plan never discussed is compared with an empty one: everything in it counts as new. */
const emptySnapshot: PlanSnapshot = {
  title: '',
  period: '',
  employeeName: '',
  jobTitle: '',
  organisation: '',
  department: '',
  manager: '',
  meetingDate: '',
  nu: '',
  richting: '',
  nodig: '',
  status: 'concept',
  actions: [],
  kansen: [],
  bedreigingen: [],
};
/** compareSnapshots names the version it compared with; there is none here and the name is not used. */
const noVersion: VersionSummary = { id: 0, number: 0, status: 'besproken', createdAt: '' };

/**
 * The Gespreksvoorbereiding of a POP-OP: one `MeetingPreparation` built from the plan, its
 * latest version (the last meeting), the self-analysis trend and the user's bespreekpunten.
 * The screen, the PDF and the .docx all print this one structure.
 */
export function createPreparationService(options: PreparationServiceOptions) {
  const { popOp, selfAnalyses, talkingPoints, meetings } = options;
  const clock = options.now ?? (() => new Date());

  function comparisonSinceLastMeeting(plan: Plan): Omit<Comparison, 'version'> {
    const latest = plan.versions.at(-1);
    if (latest) return popOp.compare(latest.id);
    return compareSnapshots(noVersion, emptySnapshot, snapshotOf(plan));
  }

  function writtenPoints(planId: number): string[] {
    const points = Array.from({ length: talkingPointLimits.count }, () => '');
    for (const { position, text } of talkingPoints.list(planId)) points[position - 1] = text;
    return points;
  }

  /** The latest version as the last meeting: held on its record's date, else on the day it was frozen. */
  function lastMeeting(plan: Plan): MeetingPreparation['lastMeeting'] {
    const latest = plan.versions.at(-1);
    if (!latest) return null;
    const meeting = meetings.ofVersion(latest.id);
    const record = meeting ? { heldOn: meeting.heldOn, withWhom: meeting.withWhom, outcome: meeting.outcome } : null;
    const { id, number, status, createdAt } = latest;
    const heldOn = record?.heldOn ?? dutchCalendarDay(new Date(createdAt));
    return { versionId: id, number, status, createdAt, heldOn, record };
  }

  /**
   * Which self-analysis results were in before the last meeting: for a recorded meeting every
   * result up to the end of the day it was held (recording often comes days later); for a
   * version frozen by hand, those up to the moment it was frozen.
   */
  function atOrBefore(last: MeetingPreparation['lastMeeting']): ((createdAt: string) => boolean) | null {
    if (!last) return null;
    if (last.record) return (createdAt) => dutchCalendarDay(new Date(createdAt)) <= last.heldOn;
    return (createdAt) => createdAt <= last.createdAt;
  }

  return {
    get(planId: number): MeetingPreparation {
      const plan = popOp.get(planId);
      const last = lastMeeting(plan);
      const today = dutchCalendarDay(clock());
      const titles = new Map(selfAnalyses.questionnaire().themes.map((theme) => [theme.id, theme.title]));
      return {
        planId,
        planTitle: plan.title.trim() || 'POP-OP',
        employeeName: plan.employeeName,
        manager: plan.manager,
        meetingDate: plan.meetingDate,
        today,
        lastMeeting: last,
        changes: preparationChanges(comparisonSinceLastMeeting(plan), popOp.template()),
        actions: preparationActions(plan.actions, today),
        themes: preparationThemes(selfAnalyses.trend(), titles, atOrBefore(last)),
        talkingPoints: writtenPoints(planId),
      };
    },

    /** Writes bespreekpunt 1, 2 or 3 of a plan; blank text removes it. */
    setTalkingPoint(planId: number, position: number, text: string): { updatedAt: string } {
      popOp.get(planId);
      const updatedAt = clock().toISOString();
      talkingPoints.set(planId, position, text.trim() === '' ? '' : text, updatedAt);
      return { updatedAt };
    },
  };
}
export type PreparationService = ReturnType<typeof createPreparationService>;
