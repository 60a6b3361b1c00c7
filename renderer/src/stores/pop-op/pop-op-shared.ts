import { longText } from '../../../../main/contract/limits';
import {
  type ActionFields,
  actionFieldsSchema,
  type Factor,
  type Plan,
  type PlanAction,
  type PlanFieldKey,
  planFieldsSchema,
} from '../../../../main/contract/pop-op-channels';
import { call } from '../../api/client';
import { createAutosaver, type FieldSaveState, type SaveResult } from '../../lib/autosaver';
import { contractMessage, saveResultOf } from '../../lib/save-result';
import { fieldMessage } from '../../lib/save-summary';
import type { GetState, SetState } from './pop-op-state';

/** One field's newest value and where it goes; the autosaver keeps one per field. */
export type PopOpWrite =
  | { kind: 'plan'; planId: number; key: PlanFieldKey; value: string }
  | { kind: 'action'; actionId: number; key: keyof ActionFields; value: ActionFields[keyof ActionFields] }
  | { kind: 'factor'; factorId: number; text: string };

/** The contract's own check of one field, before it is sent. */
function validate(write: PopOpWrite): string | undefined {
  if (write.kind === 'plan') return contractMessage(planFieldsSchema.shape[write.key], write.value);
  if (write.kind === 'action') return contractMessage(actionFieldsSchema.shape[write.key], write.value);
  return contractMessage(longText, write.text);
}

/** What the slices of the POP-OP store share: the autosaver, the plan on screen, one-off steps. */
export function createPopOpShared(set: SetState, get: GetState) {
  const updatePlan = (change: (plan: Plan) => Plan) =>
    set((current) => (current.plan ? { plan: change(current.plan) } : {}));
  const updateAction = (actionId: number, change: Partial<PlanAction>) =>
    updatePlan((plan) => ({
      ...plan,
      actions: plan.actions.map((action) => (action.id === actionId ? { ...action, ...change } : action)),
    }));
  const updateFactors = (change: (factors: Factor[]) => Factor[]) =>
    updatePlan((plan) => ({ ...plan, kansen: change(plan.kansen), bedreigingen: change(plan.bedreigingen) }));

  const showSaveState = (field: string, state: FieldSaveState | undefined) =>
    set((current) => {
      const message = fieldMessage(state);
      // Same errors, same object: components that read them do not re-render on every key.
      if (current.fieldErrors[field] === message) return { saveStates: { ...current.saveStates, [field]: state } };
      const fieldErrors = { ...current.fieldErrors };
      if (message) fieldErrors[field] = message;
      else delete fieldErrors[field];
      return { saveStates: { ...current.saveStates, [field]: state }, fieldErrors };
    });

  async function save(write: PopOpWrite): Promise<SaveResult> {
    if (write.kind === 'plan') {
      const result = await call('popOp.update', { planId: write.planId, changes: { [write.key]: write.value } });
      // Main answers with the plan's status and versions; the texts on screen stay as they are.
      if (result.ok)
        set((current) => (current.plan?.id === write.planId ? { plan: { ...current.plan, ...result.value } } : {}));
      return saveResultOf(result);
    }
    const result =
      write.kind === 'action'
        ? await call('popOp.actions.update', { actionId: write.actionId, changes: { [write.key]: write.value } })
        : await call('popOp.factors.update', { factorId: write.factorId, text: write.text });
    if (result.ok) await refreshMeta();
    return saveResultOf(result);
  }

  const saver = createAutosaver<PopOpWrite>({
    delayMs: 400,
    validate: (_field, write) => validate(write),
    save: (_field, write) => save(write),
    onChange: showSaveState,
  });

  /** Runs a one-off step with a busy flag and shows its failure. */
  async function step(work: () => Promise<string | undefined>): Promise<void> {
    set({ busy: true, error: undefined });
    try {
      const failure = await work();
      if (failure) set({ error: failure });
      else await refreshMeta();
    } finally {
      set({ busy: false });
    }
  }

  /**
   * Takes main's view of the plan's status and versions after a change to an action or a
   * kans/bedreiging (main decides whether the plan differs from its latest version).
   */
  async function refreshMeta(): Promise<void> {
    const plan = get().plan;
    if (!plan) return;
    const result = await call('popOp.get', { planId: plan.id });
    if (!result.ok) return;
    const { status, versions, changedSinceLastVersion, updatedAt } = result.value;
    set((current) =>
      current.plan?.id === plan.id
        ? { plan: { ...current.plan, status, versions, changedSinceLastVersion, updatedAt } }
        : {},
    );
  }

  return { saver, updatePlan, updateAction, updateFactors, step };
}

export type PopOpShared = ReturnType<typeof createPopOpShared>;
