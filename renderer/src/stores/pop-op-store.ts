import { create } from 'zustand';
import type { FileDelivery } from '../../../main/contract/file-channels';
import { longText } from '../../../main/contract/limits';
import {
  type ActionFields,
  actionFieldsSchema,
  type Comparison,
  type Factor,
  type FactorKind,
  type Plan,
  type PlanAction,
  type PlanFieldKey,
  type PlanFields,
  type PlanSnapshot,
  type PlanStatus,
  type PlanSummary,
  type PopOpTemplateView,
  planFieldsSchema,
  type VersionSummary,
} from '../../../main/contract/pop-op-channels';
import { call } from '../api/client';
import { type Autosaver, createAutosaver, type SaveState } from '../lib/autosaver';

/** A stored version on screen: read-only, or compared with the plan as it is now. */
export type VersionView =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'view'; version: VersionSummary; snapshot: PlanSnapshot; title: string }
  | { kind: 'compare'; comparison: Comparison; title: string };

type SaveResult = { ok: true } | { ok: false; message: string };

interface PopOpState {
  template: PopOpTemplateView | undefined;
  plans: PlanSummary[] | undefined;
  plan: Plan | undefined;
  loadError: string | undefined;
  /** A failed one-off step (add, remove, status, export), shown near the top of the editor. */
  error: string | undefined;
  busy: boolean;
  /** Autosave state per saver: 'plan', 'action:<id>', 'factor:<id>'. */
  saveStates: Record<string, { state: SaveState; message?: string }>;
  /** A field whose text the contract refuses (too long, control characters, no real date), keyed like the saver plus field. */
  fieldErrors: Record<string, string>;
  /** The action that was just added, so its first field can take focus. */
  focusActionId: number | undefined;
  /** The kans or bedreiging that was just added, likewise. */
  focusFactorId: number | undefined;
  exported: FileDelivery | undefined;
  /** Questions whose helper prompts the user has hidden in this session. */
  hiddenPrompts: Record<string, boolean>;
  togglePrompts(questionId: string): void;
  versionView: VersionView;
  loadVersion(planId: number, versionId: number, compare: boolean): Promise<void>;
  loadTemplate(): Promise<void>;
  loadList(): Promise<void>;
  openPlan(planId: number): Promise<void>;
  createPlan(fromPlanId?: number): Promise<number | undefined>;
  removePlan(planId: number): Promise<void>;
  changePlanField(key: PlanFieldKey, value: string): void;
  addAction(fields?: Partial<ActionFields>): Promise<void>;
  changeActionField<K extends keyof ActionFields>(actionId: number, key: K, value: ActionFields[K]): void;
  linkStatement(actionId: number, statementId: string | null): Promise<void>;
  removeAction(actionId: number): Promise<void>;
  moveAction(actionId: number, direction: 'up' | 'down'): Promise<void>;
  addFactor(kind: FactorKind): Promise<void>;
  changeFactor(factorId: number, text: string): void;
  removeFactor(factorId: number): Promise<void>;
  setStatus(status: PlanStatus): Promise<void>;
  /** `includeProfile` adds the latest self-analysis profile as an appendix (main looks it up). */
  exportPdf(includeProfile: boolean): Promise<void>;
  /** Writes every pending change now (on blur, when leaving the screen or closing the window). */
  flushAll(): Promise<void>;
}

const asSaveResult = (result: { ok: boolean; error?: { message: string } }): SaveResult =>
  result.ok ? { ok: true } : { ok: false, message: result.error?.message ?? '' };

/** The message of the contract's own schema for this value, or undefined when it is fine. */
function contractMessage(
  schema: { safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } } },
  value: unknown,
) {
  const parsed = schema.safeParse(value);
  return parsed.success ? undefined : (parsed.error?.issues[0]?.message ?? 'Deze invoer klopt niet.');
}

/**
 * POP-OP editing: the plan on screen is changed at once and saved shortly after typing stops
 * (one autosaver per plan, action and kans/bedreiging). Text fields are uncontrolled, so
 * nothing written back from here can reset the browser's own undo history.
 */
export const usePopOpStore = create<PopOpState>((set, get) => {
  const savers = new Map<string, Autosaver<Record<string, unknown>>>();
  // Only the newest version request may fill the screen (quick switching between view and compare).
  let versionRequest = 0;
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

    togglePrompts: (questionId) =>
      set((current) => ({
        hiddenPrompts: { ...current.hiddenPrompts, [questionId]: !current.hiddenPrompts[questionId] },
      })),

    async loadTemplate() {
      if (get().template) return;
      const result = await call('popOp.template', undefined);
      if (result.ok) set({ template: result.value });
      else set({ loadError: result.error.message });
    },

    async loadList() {
      await get().flushAll();
      const result = await call('popOp.list', undefined);
      if (result.ok) set({ plans: result.value, loadError: undefined });
      else set({ loadError: result.error.message });
    },

    async openPlan(planId) {
      await get().flushAll();
      set({ plan: undefined, error: undefined, exported: undefined, fieldErrors: {}, saveStates: {} });
      const result = await call('popOp.get', { planId });
      if (result.ok) set({ plan: result.value, loadError: undefined });
      else set({ loadError: result.error.message });
    },

    async createPlan(fromPlanId) {
      let created: number | undefined;
      await step(async () => {
        const result = await call('popOp.create', fromPlanId === undefined ? {} : { fromPlanId });
        if (!result.ok) return result.error.message;
        created = result.value.id;
        return undefined;
      });
      return created;
    },

    removePlan: (planId) =>
      step(async () => {
        const result = await call('popOp.remove', { planId });
        if (!result.ok) return result.error.message;
        set((current) => ({ plans: current.plans?.filter((plan) => plan.id !== planId) }));
        return undefined;
      }),

    changePlanField(key, value) {
      const plan = get().plan;
      if (!plan) return;
      updatePlan((current) => ({ ...current, [key]: value }));
      const errorKey = `plan.${key}`;
      const message = contractMessage(planFieldsSchema.shape[key], value);
      setFieldError(errorKey, message);
      if (message) return;
      // One saver per plan: its save function is fixed when it is made, so the id must be in the key.
      saverFor(`plan:${plan.id}`, async (changes) =>
        asSaveResult(await call('popOp.update', { planId: plan.id, changes: changes as Partial<PlanFields> })),
      ).push({ [key]: value });
    },

    addAction: (fields) =>
      step(async () => {
        const plan = get().plan;
        if (!plan) return undefined;
        const result = await call('popOp.actions.add', { planId: plan.id, ...(fields ? { fields } : {}) });
        if (!result.ok) return result.error.message;
        updatePlan((current) => ({ ...current, actions: [...current.actions, result.value] }));
        set({ focusActionId: result.value.id });
        return undefined;
      }),

    changeActionField(actionId, key, value) {
      updateAction(actionId, { [key]: value });
      const message = contractMessage(actionFieldsSchema.shape[key], value);
      setFieldError(`action:${actionId}.${key}`, message);
      if (message) return;
      saverFor(`action:${actionId}`, async (changes) =>
        asSaveResult(await call('popOp.actions.update', { actionId, changes: changes as Partial<ActionFields> })),
      ).push({ [key]: value });
    },

    linkStatement: (actionId, statementId) =>
      step(async () => {
        await savers.get(`action:${actionId}`)?.flush();
        const result = await call('popOp.actions.update', { actionId, changes: { statementId } });
        if (!result.ok) return result.error.message;
        updateAction(actionId, { statementId: result.value.statementId, statementText: result.value.statementText });
        return undefined;
      }),

    removeAction: (actionId) =>
      step(async () => {
        await savers.get(`action:${actionId}`)?.flush();
        const result = await call('popOp.actions.remove', { actionId });
        if (!result.ok) return result.error.message;
        savers.delete(`action:${actionId}`);
        updatePlan((plan) => ({ ...plan, actions: plan.actions.filter((action) => action.id !== actionId) }));
        return undefined;
      }),

    moveAction: (actionId, direction) =>
      step(async () => {
        const result = await call('popOp.actions.move', { actionId, direction });
        if (!result.ok) return result.error.message;
        // Keep what is on screen (it may be newer than what main has), only take main's order.
        updatePlan((plan) => {
          const byId = new Map(plan.actions.map((action) => [action.id, action]));
          return { ...plan, actions: result.value.map((action) => byId.get(action.id) ?? action) };
        });
        return undefined;
      }),

    addFactor: (kind) =>
      step(async () => {
        const plan = get().plan;
        if (!plan) return undefined;
        const result = await call('popOp.factors.add', { planId: plan.id, kind });
        if (!result.ok) return result.error.message;
        const list = kind === 'kans' ? 'kansen' : 'bedreigingen';
        updatePlan((current) => ({ ...current, [list]: [...current[list], result.value] }));
        set({ focusFactorId: result.value.id });
        return undefined;
      }),

    changeFactor(factorId, text) {
      updateFactors((factors) => factors.map((factor) => (factor.id === factorId ? { ...factor, text } : factor)));
      const message = contractMessage(longText, text);
      setFieldError(`factor:${factorId}`, message);
      if (message) return;
      saverFor(`factor:${factorId}`, async (patch) =>
        asSaveResult(await call('popOp.factors.update', { factorId, text: String(patch.text ?? '') })),
      ).push({ text });
    },

    removeFactor: (factorId) =>
      step(async () => {
        await savers.get(`factor:${factorId}`)?.flush();
        const result = await call('popOp.factors.remove', { factorId });
        if (!result.ok) return result.error.message;
        savers.delete(`factor:${factorId}`);
        updateFactors((factors) => factors.filter((factor) => factor.id !== factorId));
        return undefined;
      }),

    setStatus: (status) =>
      step(async () => {
        const plan = get().plan;
        if (!plan) return undefined;
        await get().flushAll();
        const result = await call('popOp.setStatus', { planId: plan.id, status });
        if (!result.ok) return result.error.message;
        updatePlan((current) => ({
          ...current,
          status: result.value.status,
          versions: result.value.versions,
          changedSinceLastVersion: result.value.changedSinceLastVersion,
        }));
        return undefined;
      }),

    exportPdf: (includeProfile) =>
      step(async () => {
        const plan = get().plan;
        if (!plan) return undefined;
        set({ exported: undefined });
        await get().flushAll();
        const result = await call('popOp.export', { planId: plan.id, includeProfile });
        if (!result.ok) return result.error.message;
        set({ exported: result.value });
        return undefined;
      }),

    async flushAll() {
      await Promise.all([...savers.values()].map((saver) => saver.flush()));
    },
  };
});
