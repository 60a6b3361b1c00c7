import { create } from 'zustand';
import type { RecoveryResult, RecoveryStatus } from '../../../main/contract/backup-channels';
import { call } from '../api/client';

type Problem = Extract<RecoveryStatus, { state: 'recovery' }>;

interface RecoveryState {
  /** undefined while main is asked; then 'ok', the problem, or what a choice did. */
  status: RecoveryStatus | undefined;
  result: RecoveryResult | undefined;
  quit: boolean;
  busy: boolean;
  error: string | undefined;
  load(): Promise<void>;
  restore(fileName?: string): Promise<void>;
  startEmpty(): Promise<void>;
  retry(): Promise<void>;
  quitApp(): Promise<void>;
}

/** The start-up question "is the workbook open?", and the choices of the recovery screen. */
export const useRecoveryStore = create<RecoveryState>((set) => {
  const run = async (work: () => Promise<void>) => {
    set({ busy: true, error: undefined });
    try {
      await work();
    } finally {
      set({ busy: false });
    }
  };
  const afterChoice = (result: Awaited<ReturnType<typeof call<'recovery.restore'>>>) => {
    if (!result.ok) return set({ error: result.error.message });
    set({ result: result.value, status: result.value.status });
  };
  return {
    status: undefined,
    result: undefined,
    quit: false,
    busy: false,
    error: undefined,
    async load() {
      const result = await call('recovery.status', undefined);
      // Without an answer the app itself will say what is wrong; the gate lets it through.
      set({ status: result.ok ? result.value : { state: 'ok' } });
    },
    restore: (fileName) => run(async () => afterChoice(await call('recovery.restore', fileName ? { fileName } : {}))),
    startEmpty: () => run(async () => afterChoice(await call('recovery.startEmpty', undefined))),
    retry: () =>
      run(async () => {
        const result = await call('recovery.retry', undefined);
        if (!result.ok) return set({ error: result.error.message });
        set({ status: result.value });
        if (result.value.state === 'ok') window.location.reload();
      }),
    quitApp: () =>
      run(async () => {
        await call('recovery.quit', undefined);
        set({ quit: true });
      }),
  };
});
export type { Problem as RecoveryProblem };
