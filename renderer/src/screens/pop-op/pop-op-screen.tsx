import { MeetingScreen } from './meeting-screen';
import { PlanEditor } from './plan-editor';
import { PlanList } from './plan-list';
import { VersionScreen } from './version-screen';

/**
 * POP-OP: `#/pop-op` lists the plans, `#/pop-op/<id>` edits one, `#/pop-op/<id>/versies/<v>[/vergelijk]`
 * shows a version, `#/pop-op/<id>/gesprek` records the meeting about it.
 */
export function PopOpScreen({ rest }: { rest: string }) {
  const version = /^(\d+)\/versies\/(\d+)(\/vergelijk)?$/.exec(rest);
  if (version) {
    return (
      <VersionScreen planId={Number(version[1])} versionId={Number(version[2])} compare={version[3] !== undefined} />
    );
  }
  const meeting = /^(\d+)\/gesprek$/.exec(rest);
  if (meeting) return <MeetingScreen key={meeting[1]} planId={Number(meeting[1])} />;
  const plan = /^(\d+)$/.exec(rest);
  if (plan) return <PlanEditor key={plan[1]} planId={Number(plan[1])} />;
  return <PlanList />;
}
