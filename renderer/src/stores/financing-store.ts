import { create } from 'zustand';
import type { FileDelivery } from '../../../main/contract/file-channels';
import type {
  Advice,
  FinancingModelView,
  Initiative,
  InitiativePatch,
  InitiativeSummary,
  MoneyVerdict,
} from '../../../main/contract/financing-channels';
import type { FinancingFormId } from '../../../main/contract/guide-content';
import { call } from '../api/client';
import { createAutosaver, type SaveState } from '../lib/autosaver';

interface FinancingState {
  model: FinancingModelView | undefined;
  list: InitiativeSummary[] | undefined;
  current: Initiative | undefined;
  advice: Advice | undefined;
  /** Ranks before the user's last change of an answer or weight, to show what moved. */
  previousRanks: Partial<Record<FinancingFormId, number>>;
  verdict: MoneyVerdict | undefined;
  loadError: string | undefined;
  actionError: string | undefined;
  saveState: SaveState;
  saveError: string | undefined;
  /** Which PDF is being made, if any. */
  exporting: PdfAudience | undefined;
  delivery: FileDelivery | undefined;
  loadModel(): Promise<void>;
  loadList(): Promise<void>;
  open(id: number): Promise<void>;
  /** Creates an initiative with this name (the contract refuses an empty one). */
  create(name: string): Promise<number | undefined>;
  duplicate(id: number): Promise<number | undefined>;
  remove(id: number): Promise<boolean>;
  /** Changes the open initiative at once on screen, saves shortly after, and refreshes advice or verdict. */
  change(patch: InitiativePatch): void;
  flush(): Promise<void>;
  exportPdf(audience: PdfAudience): Promise<void>;
}

/** The two PDFs: the short advice for the initiator, or the full internal note. */
export type PdfAudience = 'initiatiefnemer' | 'intern';

function mergePatches(queued: InitiativePatch | undefined, patch: InitiativePatch): InitiativePatch {
  return {
    ...queued,
    ...patch,
    answers: queued?.answers || patch.answers ? { ...queued?.answers, ...patch.answers } : undefined,
    weights: queued?.weights || patch.weights ? { ...queued?.weights, ...patch.weights } : undefined,
  };
}

/** Financieringshulp: the list, the open initiative (autosaved) and the advice main computes for it. */
export const useFinancingStore = create<FinancingState>((set, get) => {
  const autosaver = createAutosaver<InitiativePatch & { id?: number }>({
    delayMs: 400,
    merge: (queued, patch) => ({ ...mergePatches(queued, patch), id: patch.id ?? queued?.id }),
    save: async ({ id, ...patch }) => {
      if (id === undefined) return { ok: true };
      const result = await call('financing.update', { id, patch: stripUndefined(patch) });
      return result.ok ? { ok: true } : { ok: false, message: result.error.message };
    },
    onState: (saveState, message) => set({ saveState, saveError: saveState === 'error' ? message : undefined }),
  });
  // Answers to advice requests may arrive out of order; only the newest one counts.
  let adviceRequest = 0;
  let verdictRequest = 0;

  async function refreshAdvice(markMoves: boolean) {
    const current = get().current;
    if (!current) return;
    const request = ++adviceRequest;
    const before = get().advice;
    const result = await call('financing.advise', {
      answers: current.answers,
      weights: current.weights,
      purposes: current.purposes,
      amountEuros: current.amountEuros,
    });
    if (request !== adviceRequest) return;
    if (!result.ok) return set({ actionError: result.error.message });
    const previousRanks =
      markMoves && before?.status === 'ranked'
        ? Object.fromEntries(before.ranking.map((form) => [form.formId, form.rank]))
        : {};
    set({ advice: result.value, previousRanks });
  }

  async function refreshVerdict() {
    const current = get().current;
    if (!current) return;
    const request = ++verdictRequest;
    const result = await call('financing.verdict', { needs: current.needs, moneyRole: current.moneyRole });
    if (request !== verdictRequest) return;
    set(result.ok ? { verdict: result.value } : { actionError: result.error.message });
  }

  return {
    model: undefined,
    list: undefined,
    current: undefined,
    advice: undefined,
    previousRanks: {},
    verdict: undefined,
    loadError: undefined,
    actionError: undefined,
    saveState: 'idle',
    saveError: undefined,
    exporting: undefined,
    delivery: undefined,
    async loadModel() {
      if (get().model) return;
      const result = await call('financing.model', undefined);
      set(result.ok ? { model: result.value } : { loadError: result.error.message });
    },
    async loadList() {
      await autosaver.flush();
      const result = await call('financing.list', undefined);
      set(result.ok ? { list: result.value, loadError: undefined } : { loadError: result.error.message });
    },
    async open(id) {
      if (get().current?.id === id) return;
      await autosaver.flush();
      set({ current: undefined, advice: undefined, verdict: undefined, delivery: undefined, previousRanks: {} });
      const result = await call('financing.get', { id });
      if (!result.ok) return set({ loadError: result.error.message });
      set({ current: result.value, loadError: undefined, actionError: undefined, saveState: 'idle' });
      await Promise.all([refreshAdvice(false), refreshVerdict()]);
    },
    async create(name) {
      const result = await call('financing.create', { name });
      if (!result.ok) return void set({ actionError: result.error.message });
      return result.value.id;
    },
    async duplicate(id) {
      await autosaver.flush();
      const result = await call('financing.duplicate', { id });
      if (!result.ok) return void set({ actionError: result.error.message });
      await get().loadList();
      return result.value.id;
    },
    async remove(id) {
      const result = await call('financing.delete', { id });
      if (!result.ok) {
        set({ actionError: result.error.message });
        return false;
      }
      if (get().current?.id === id) set({ current: undefined, advice: undefined });
      await get().loadList();
      return true;
    },
    change(patch) {
      const current = get().current;
      if (!current) return;
      set({
        current: {
          ...current,
          ...stripUndefined(patch),
          answers: { ...current.answers, ...patch.answers },
          weights: { ...current.weights, ...patch.weights },
        } as Initiative,
        delivery: undefined,
      });
      autosaver.push({ ...patch, id: current.id });
      if (patch.answers || patch.weights || patch.purposes || patch.amountEuros !== undefined) void refreshAdvice(true);
      if (patch.needs || patch.moneyRole !== undefined) void refreshVerdict();
    },
    flush: () => autosaver.flush(),
    async exportPdf(audience) {
      const current = get().current;
      if (!current) return;
      set({ exporting: audience, delivery: undefined, actionError: undefined });
      await autosaver.flush();
      const result = await call('financing.exportPdf', { id: current.id, audience });
      set(
        result.ok
          ? { exporting: undefined, delivery: result.value }
          : { exporting: undefined, actionError: result.error.message },
      );
    },
  };
});

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
