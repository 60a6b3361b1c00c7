import { create } from 'zustand';
import type { FileDelivery } from '../../../main/contract/file-channels';
import type { PlanSummary } from '../../../main/contract/pop-op-channels';
import { type MeetingPreparation, talkingPointTextSchema } from '../../../main/contract/preparation-channels';
import { call } from '../api/client';
import { createAutosaver, type FieldSaveState } from '../lib/autosaver';
import { contractMessage, saveResultOf } from '../lib/save-result';

interface PreparationState {
  /** The plans to choose from when no plan is in the address. */
  plans: PlanSummary[] | undefined;
  preparation: MeetingPreparation | undefined;
  loadError: string | undefined;
  /** Per bespreekpunt (`1`, `2`, `3`), for the message at the field and "Opgeslagen". */
  saveStates: Record<string, FieldSaveState | undefined>;
  busy: boolean;
  exported: FileDelivery | undefined;
  exportError: string | undefined;
  loadPlans(): Promise<void>;
  load(planId: number): Promise<void>;
  editTalkingPoint(position: number, text: string): void;
  /** The preparation as a PDF (to print) or a Word file (.docx, to edit or send on). */
  exportFile(format: 'pdf' | 'docx'): Promise<void>;
}

/**
 * Gespreksvoorbereiding: main prepares everything (changes, actions, self-analysis); the
 * screen only shows it and autosaves the three bespreekpunten, one field each.
 */
export const usePreparationStore = create<PreparationState>((set, get) => {
  const points = createAutosaver<{ planId: number; text: string }>({
    delayMs: 500,
    validate: (_field, point) => contractMessage(talkingPointTextSchema, point.text),
    save: async (field, point) =>
      saveResultOf(await call('popOp.preparation.setTalkingPoint', { ...point, position: Number(field) })),
    onChange: (field, state) => set((current) => ({ saveStates: { ...current.saveStates, [field]: state } })),
  });

  return {
    plans: undefined,
    preparation: undefined,
    loadError: undefined,
    saveStates: {},
    busy: false,
    exported: undefined,
    exportError: undefined,
    async loadPlans() {
      const result = await call('popOp.list', undefined);
      set(result.ok ? { plans: result.value, loadError: undefined } : { loadError: result.error.message });
    },
    async load(planId) {
      // Points typed on another plan are written first, so the new plan starts from what is stored.
      await points.flush();
      set({
        preparation: undefined,
        loadError: undefined,
        saveStates: {},
        exported: undefined,
        exportError: undefined,
      });
      const result = await call('popOp.preparation.get', { planId });
      set(result.ok ? { preparation: result.value } : { loadError: result.error.message });
    },
    editTalkingPoint(position, text) {
      const preparation = get().preparation;
      if (!preparation) return;
      const talkingPoints = preparation.talkingPoints.map((point, index) => (index === position - 1 ? text : point));
      set({ preparation: { ...preparation, talkingPoints } });
      points.push(String(position), { planId: preparation.planId, text });
    },
    async exportFile(format) {
      const preparation = get().preparation;
      if (!preparation) return;
      set({ busy: true, exported: undefined, exportError: undefined });
      // The file prints the points as stored: what was just typed is written first.
      await points.flush();
      const channel = format === 'pdf' ? 'popOp.preparation.export' : 'popOp.preparation.exportDocx';
      const result = await call(channel, { planId: preparation.planId });
      set(result.ok ? { busy: false, exported: result.value } : { busy: false, exportError: result.error.message });
    },
  };
});
