import { create } from 'zustand';
import { createActionSlice } from './pop-op/pop-op-action-slice';
import { createFactorSlice } from './pop-op/pop-op-factor-slice';
import { createPlanListSlice } from './pop-op/pop-op-list-slice';
import { createPlanSlice } from './pop-op/pop-op-plan-slice';
import { createPopOpShared } from './pop-op/pop-op-shared';
import type { PopOpState } from './pop-op/pop-op-state';
import { createPlanStatusSlice } from './pop-op/pop-op-status-slice';
import { createVersionSlice } from './pop-op/pop-op-version-slice';

export type { VersionView } from './pop-op/pop-op-state';

/**
 * POP-OP editing: the plan on screen is changed at once and saved shortly after typing stops
 * (one autosaver per plan, action and kans/bedreiging). Text fields are uncontrolled, so
 * nothing written back from here can reset the browser's own undo history. Each part lives in
 * its own slice (stores/pop-op/): the plan list, the plan and its text, its status and PDF,
 * actions, kansen/bedreigingen, versions.
 */
export const usePopOpStore = create<PopOpState>((set, get) => {
  const shared = createPopOpShared(set, get);
  return {
    template: undefined,
    plans: undefined,
    plan: undefined,
    loadError: undefined,
    error: undefined,
    busy: false,
    saveStates: {},
    fieldErrors: {},
    focusActionId: undefined,
    focusFactorId: undefined,
    exported: undefined,
    hiddenPrompts: {},
    versionView: { kind: 'loading' },
    ...createPlanListSlice(set, get, shared),
    ...createPlanSlice(set, get, shared),
    ...createPlanStatusSlice(set, get, shared),
    ...createActionSlice(set, get, shared),
    ...createFactorSlice(set, get, shared),
    ...createVersionSlice(set, get),
  };
});
