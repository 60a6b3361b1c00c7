import { create } from 'zustand';
import type { FileDelivery } from '../../../main/contract/file-channels';
import {
  type FileResult,
  type Mirror,
  maxShareFileBytes,
  type Round,
  type RoundComparison,
} from '../../../main/contract/team-channels';
import { call } from '../api/client';

interface TeamState {
  rounds: Round[] | undefined;
  listError: string | undefined;
  /** The open round's mirror (or "nog N nodig"), straight from main. */
  mirror: Mirror | undefined;
  mirrorError: string | undefined;
  /** What happened to each file of the last choice. */
  fileResults: FileResult[];
  comparison: RoundComparison | undefined;
  busy: boolean;
  actionError: string | undefined;
  delivery: FileDelivery | undefined;
  loadRounds(): Promise<void>;
  createRound(input: { name: string; code: string; minimumGroupSize: number }): Promise<number | undefined>;
  openRound(roundId: number): Promise<void>;
  addFiles(roundId: number, files: readonly File[]): Promise<void>;
  compare(roundId: number, otherRoundId: number | undefined): Promise<void>;
  deleteRound(roundId: number): Promise<boolean>;
  exportPdf(roundId: number): Promise<void>;
}

/**
 * Reads a chosen file for main: a share file is about 1 kB, so no more than one byte over the
 * limit is read; main then says the file is too large (a 10 MB file never crosses the bridge).
 */
async function readForMain(file: File) {
  return { name: file.name, size: file.size, text: await file.slice(0, maxShareFileBytes + 1).text() };
}

/** Teamspiegel, coordinator side: rounds, share files read into a round, the mirror. */
export const useTeamStore = create<TeamState>((set, get) => {
  async function busyWith(work: () => Promise<void>) {
    set({ busy: true, actionError: undefined });
    try {
      await work();
    } finally {
      set({ busy: false });
    }
  }
  return {
    rounds: undefined,
    listError: undefined,
    mirror: undefined,
    mirrorError: undefined,
    fileResults: [],
    comparison: undefined,
    busy: false,
    actionError: undefined,
    delivery: undefined,
    async loadRounds() {
      const result = await call('team.rounds.list', undefined);
      set(result.ok ? { rounds: result.value, listError: undefined } : { listError: result.error.message });
    },
    async createRound(input) {
      let id: number | undefined;
      await busyWith(async () => {
        const result = await call('team.rounds.create', input);
        if (!result.ok) return set({ actionError: result.error.message });
        id = result.value.id;
        await get().loadRounds();
      });
      return id;
    },
    async openRound(roundId) {
      if (get().mirror?.round.id !== roundId) {
        set({ mirror: undefined, fileResults: [], comparison: undefined, delivery: undefined, actionError: undefined });
      }
      const result = await call('team.rounds.mirror', { roundId });
      set(result.ok ? { mirror: result.value, mirrorError: undefined } : { mirrorError: result.error.message });
    },
    addFiles: (roundId, files) =>
      busyWith(async () => {
        if (files.length === 0) return;
        const result = await call('team.rounds.addFiles', {
          roundId,
          files: await Promise.all(files.map(readForMain)),
        });
        if (!result.ok) return set({ actionError: result.error.message, fileResults: [] });
        set({ fileResults: result.value.files, delivery: undefined });
        await get().openRound(roundId);
        await get().loadRounds();
      }),
    compare: (roundId, otherRoundId) =>
      busyWith(async () => {
        if (otherRoundId === undefined) return set({ comparison: undefined });
        const result = await call('team.rounds.compare', { roundId, otherRoundId });
        set(result.ok ? { comparison: result.value } : { comparison: undefined, actionError: result.error.message });
      }),
    async deleteRound(roundId) {
      const result = await call('team.rounds.delete', { roundId });
      if (!result.ok) {
        set({ actionError: result.error.message });
        return false;
      }
      set({ mirror: undefined });
      await get().loadRounds();
      return true;
    },
    exportPdf: (roundId) =>
      busyWith(async () => {
        set({ delivery: undefined });
        const result = await call('team.rounds.exportPdf', { roundId });
        set(result.ok ? { delivery: result.value } : { actionError: result.error.message });
      }),
  };
});
