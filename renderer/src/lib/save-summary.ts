import type { FieldSaveState } from './autosaver';

/** The fields of one screen taken together; 'unsaved' wins for as long as any field is not saved. */
export type SaveSummary = 'idle' | 'saving' | 'saved' | 'unsaved';

export type SaveStates = Readonly<Record<string, FieldSaveState | undefined>>;

export function summarizeSaves(states: SaveStates): SaveSummary {
  const all = Object.values(states);
  if (all.some((entry) => entry?.state === 'error' || entry?.state === 'retrying')) return 'unsaved';
  if (all.some((entry) => entry?.state === 'saving')) return 'saving';
  if (all.some((entry) => entry?.state === 'saved')) return 'saved';
  return 'idle';
}

/** The message to show at one field: why it is not saved (refused, or being tried again). */
export function fieldMessage(state: FieldSaveState | undefined): string | undefined {
  if (state?.state === 'error') return state.message;
  if (state?.state === 'retrying') return `Nog niet bewaard. ${state.message}`;
  return undefined;
}
