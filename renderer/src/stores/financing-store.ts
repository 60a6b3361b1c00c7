import { create } from 'zustand';
import type { FileDelivery } from '../../../main/contract/file-channels';
import {
  type Advice,
  type FinancingModelView,
  type Initiative,
  type InitiativePatch,
  type InitiativeSummary,
  initiativePatchSchema,
  type MoneyVerdict,
} from '../../../main/contract/financing-channels';
import type { FinancingFormId } from '../../../main/contract/guide-content';
import { call } from '../api/client';
import { createAutosaver, type FieldSaveState } from '../lib/autosaver';
import { contractMessage, saveResultOf } from '../lib/save-result';

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
  /** Save state per field of the open initiative ('name', 'answers.<id>', …). */
  saveStates: Record<string, FieldSaveState | undefined>;
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

/**
 * One field of a patch, as the autosaver keeps it: `<initiative id>/<key>`, with answers and
 * weights per consideration (`7/answers.eigenaarschap`), so one refused field never holds back
 * the others.
 */
function patchFields(id: number, patch: InitiativePatch): [string, unknown][] {
  const fields: [string, unknown][] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (key === 'answers' || key === 'weights') {
      for (const [consideration, entry] of Object.entries(value as Record<string, unknown>)) {
        if (entry !== undefined) fields.push([`${id}/${key}.${consideration}`, entry]);
      }
    } else fields.push([`${id}/${key}`, value]);
  }
  return fields;
}

/** The patch that writes one such field. */
function patchOf(field: string, value: unknown): { id: number; patch: InitiativePatch } {
  const [id = '', path = ''] = field.split('/');
  const [key = '', consideration] = path.split('.');
  const patch = consideration === undefined ? { [key]: value } : { [key]: { [consideration]: value } };
  return { id: Number(id), patch: patch as InitiativePatch };
}

/** Financieringshulp: the list, the open initiative (autosaved) and the advice main computes for it. */
export const useFinancingStore = create<FinancingState>((set, get) => {
  const autosaver = createAutosaver<unknown>({
    delayMs: 400,
    validate: (field, value) => contractMessage(initiativePatchSchema, patchOf(field, value).patch),
    save: async (field, value) => saveResultOf(await call('financing.update', patchOf(field, value))),
    onChange: (field, state) => set((current) => ({ saveStates: { ...current.saveStates, [field]: state } })),
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
    saveStates: {},
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
      set({ current: result.value, loadError: undefined, actionError: undefined });
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
      for (const [field, value] of patchFields(current.id, patch)) autosaver.push(field, value);
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
