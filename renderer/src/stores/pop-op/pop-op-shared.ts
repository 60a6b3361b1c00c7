import type { Factor, Plan, PlanAction } from '../../../../main/contract/pop-op-channels';
import { call } from '../../api/client';
import { type Autosaver, createAutosaver, type SaveState } from '../../lib/autosaver';
import type { GetState, SetState } from './pop-op-state';

export type SaveResult = { ok: true } | { ok: false; message: string };

export const asSaveResult = (result: { ok: boolean; error?: { message: string } }): SaveResult =>
  result.ok ? { ok: true } : { ok: false, message: result.error?.message ?? '' };

/** The message of the contract's own schema for this value, or undefined when it is fine. */
export function contractMessage(
  schema: { safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } } },
  value: unknown,
) {
  const parsed = schema.safeParse(value);
  return parsed.success ? undefined : (parsed.error?.issues[0]?.message ?? 'Deze invoer klopt niet.');
}

/** What the slices of the POP-OP store share: the savers, the plan on screen, one-off steps. */
export function createPopOpShared(set: SetState, get: GetState) {
  const savers = new Map<string, Autosaver<Record<string, unknown>>>();
  const setSaveState = (id: string, state: SaveState, message?: string) =>
    set((current) => ({ saveStates: { ...current.saveStates, [id]: { state, message } } }));
  const setFieldError = (id: string, message: string | undefined) =>
    set((current) => {
      // Same errors, same object: components that read them do not re-render on every key.
      if (current.fieldErrors[id] === message) return {};
      const fieldErrors = { ...current.fieldErrors };
      if (message) fieldErrors[id] = message;
      else delete fieldErrors[id];
      return { fieldErrors };
    });

  function saverFor(id: string, save: (patch: Record<string, unknown>) => Promise<SaveResult>) {
    let saver = savers.get(id);
    if (!saver) {
      saver = createAutosaver({
        delayMs: 400,
        merge: (queued, patch) => ({ ...queued, ...patch }),
        save,
        onState: (state, message) => {
          setSaveState(id, state, message);
          if (state === 'saved') void refreshMeta();
        },
      });
      savers.set(id, saver);
    }
    return saver;
  }

  const updatePlan = (change: (plan: Plan) => Plan) =>
    set((current) => (current.plan ? { plan: change(current.plan) } : {}));
  const updateAction = (actionId: number, change: Partial<PlanAction>) =>
    updatePlan((plan) => ({
      ...plan,
      actions: plan.actions.map((action) => (action.id === actionId ? { ...action, ...change } : action)),
    }));
  const updateFactors = (change: (factors: Factor[]) => Factor[]) =>
    updatePlan((plan) => ({ ...plan, kansen: change(plan.kansen), bedreigingen: change(plan.bedreigingen) }));

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
   * Takes main's view of the plan's status and versions after a change (main decides whether
   * the plan differs from its latest version); the texts on screen stay as they are.
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

  return { savers, setFieldError, saverFor, updatePlan, updateAction, updateFactors, step };
}

export type PopOpShared = ReturnType<typeof createPopOpShared>;
