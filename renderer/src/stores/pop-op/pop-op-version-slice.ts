import { call } from '../../api/client';
import type { GetState, PopOpState, SetState, VersionView } from './pop-op-state';

type VersionSlice = Pick<PopOpState, 'loadVersion'>;

/** A stored version of the plan: shown read-only, or compared with the plan as it is now. */
export function createVersionSlice(set: SetState, get: GetState): VersionSlice {
  // Only the newest version request may fill the screen (quick switching between view and compare).
  let versionRequest = 0;
  return {
    async loadVersion(planId, versionId, compare) {
      versionRequest += 1;
      const request = versionRequest;
      await get().flushAll();
      set({ versionView: { kind: 'loading' } });
      const plan = await call('popOp.get', { planId });
      const title = plan.ok ? plan.value.title : '';
      let view: VersionView;
      if (compare) {
        const result = await call('popOp.versions.compare', { versionId });
        view = result.ok
          ? { kind: 'compare', comparison: result.value, title }
          : { kind: 'error', message: result.error.message };
      } else {
        const result = await call('popOp.versions.get', { versionId });
        view = result.ok
          ? { kind: 'view', version: result.value.version, snapshot: result.value.snapshot, title }
          : { kind: 'error', message: result.error.message };
      }
      if (request === versionRequest) set({ versionView: view });
    },
  };
}
