import { UserFacingError } from '../../contract/envelope';
import { type Plan, type PlanStatus, planSnapshotSchema, type VersionSummary } from '../../contract/pop-op-channels';
import { compareSnapshots } from './compare-versions';
import type { PlanReader } from './plan-reader';
import { isEmptyPlan, snapshotOf } from './plan-snapshot';
import { popOpMessages as messages } from './pop-op-messages';

/** The plan's status and the numbered versions stored when it is marked besproken or vastgesteld. */
export function createPlanVersions(reader: PlanReader) {
  const { plans, versions, timestamp } = reader;

  function storedVersion(versionId: number) {
    const version = versions.get(versionId);
    if (!version) throw new UserFacingError('not-found', messages.versionNotFound);
    const snapshot = planSnapshotSchema.safeParse(JSON.parse(version.snapshot));
    if (!snapshot.success) throw new UserFacingError('data-file', messages.damagedVersion);
    const summary: VersionSummary = {
      id: version.id,
      number: version.number,
      status: version.status,
      createdAt: version.createdAt,
    };
    return { planId: version.planId, version: summary, snapshot: snapshot.data };
  }

  return {
    /** Marking a plan besproken or vastgesteld stores a numbered snapshot with today's date. */
    setStatus(planId: number, status: PlanStatus): Plan {
      const plan = reader.get(planId);
      const now = timestamp();
      if (status === 'concept') {
        plans.setStatus(planId, status, now);
        return reader.get(planId);
      }
      const snapshot = { ...snapshotOf(plan), status };
      if (isEmptyPlan(snapshot)) throw new UserFacingError('invalid-input', messages.emptyPlan);
      reader.options.inTransaction(() => {
        plans.setStatus(planId, status, now);
        versions.insert(planId, status, snapshot, now);
      });
      return reader.get(planId);
    },

    version: storedVersion,

    /** The stored version next to the plan as it is now. */
    compare(versionId: number) {
      const { planId, version, snapshot } = storedVersion(versionId);
      return compareSnapshots(version, snapshot, snapshotOf(reader.get(planId)));
    },
  };
}
