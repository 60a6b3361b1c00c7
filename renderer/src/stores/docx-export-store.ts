import { create } from 'zustand';
import type { FileDelivery } from '../../../main/contract/file-channels';
import { call } from '../api/client';
import { usePopOpStore } from './pop-op-store';

interface DocxExportState {
  busy: boolean;
  /** What happened to the last Word file: saved, cancelled or downloading. */
  delivery: FileDelivery | undefined;
  error: string | undefined;
  /** The plan the delivery and error belong to: another plan opened later does not show them. */
  planId: number | undefined;
  /** The open POP-OP as a Word file, after its unsaved typing is saved (main reads the database). */
  exportPopOp(includeProfile: boolean): Promise<void>;
}

/** The Word copies (.docx) for the HR system, next to the PDF exports. */
export const useDocxExportStore = create<DocxExportState>()((set) => ({
  busy: false,
  delivery: undefined,
  error: undefined,
  planId: undefined,
  async exportPopOp(includeProfile) {
    const popOp = usePopOpStore.getState();
    const plan = popOp.plan;
    if (!plan) return;
    set({ busy: true, delivery: undefined, error: undefined, planId: plan.id });
    try {
      await popOp.flushAll();
      const result = await call('popOp.exportDocx', { planId: plan.id, includeProfile });
      set(result.ok ? { delivery: result.value } : { error: result.error.message });
    } finally {
      set({ busy: false });
    }
  },
}));
