import type { ReasonReflection } from '../../../../main/contract/guide-channels';
import { longText } from '../../../../main/contract/limits';
import { call } from '../../api/client';
import { createAutosaver, type FieldSaveState } from '../../lib/autosaver';
import { contractMessage, saveResultOf } from '../../lib/save-result';
import type { SetState } from './guide-state';

export type ReasonCard = Pick<ReasonReflection, 'recognition' | 'turnaround'>;

/** Shows a field's save state under it (note key, reason number or bookmark key). */
export function saveStateSetter(set: SetState) {
  return (id: string, state: FieldSaveState | undefined) =>
    set((current) => ({ saveStates: { ...current.saveStates, [id]: state } }));
}

/** The autosavers of the guide: one per note key and one per reason card. */
export function createGuideSavers(set: SetState) {
  const setSaveState = saveStateSetter(set);

  const notes = createAutosaver<string>({
    delayMs: 500,
    validate: (_key, body) => contractMessage(longText, body),
    save: async (key, body) => {
      const result = await call('guide.notes.save', { key, body });
      if (result.ok && result.value) {
        const saved = result.value;
        // Main fills in where the note belongs; the text on screen may already be newer.
        set((current) => ({
          notes: { ...current.notes, [key]: { ...saved, body: current.notes[key]?.body ?? saved.body } },
        }));
      }
      return saveResultOf(result);
    },
    onChange: (key, state) => setSaveState(`note:${key}`, state),
  });

  /** A reason card is saved as a whole (its recognition and its turnaround together). */
  const reasons = createAutosaver<ReasonCard>({
    delayMs: 500,
    validate: (_field, card) => contractMessage(longText, card.turnaround),
    save: async (field, card) =>
      saveResultOf(await call('guide.reasons.save', { reasonNumber: Number(field), ...card })),
    onChange: (field, state) => setSaveState(`reason:${field}`, state),
  });

  return { notes, reasons, setSaveState };
}
export type GuideSavers = ReturnType<typeof createGuideSavers>;
