import { create } from 'zustand';
import type { Bookmark, Note, ReasonReflection } from '../../../main/contract/guide-channels';
import type { GuideContent } from '../../../main/contract/guide-content';
import { longText } from '../../../main/contract/limits';
import { call } from '../api/client';
import { createAutosaver, type FieldSaveState } from '../lib/autosaver';
import { contractMessage, saveResultOf } from '../lib/save-result';

interface GuideState {
  content: GuideContent | undefined;
  notes: Record<string, Note>;
  bookmarks: Bookmark[];
  reasons: Record<number, ReasonReflection>;
  loadError: string | undefined;
  /** Save state per note key or reason number, for the "Opgeslagen" line under each field. */
  saveStates: Record<string, FieldSaveState | undefined>;
  load(): Promise<void>;
  refreshAnnotations(): Promise<void>;
  editNote(key: string, body: string): void;
  setBookmark(key: string, on: boolean): Promise<void>;
  editReason(reasonNumber: number, change: Partial<Pick<ReasonReflection, 'recognition' | 'turnaround'>>): void;
  flushAll(): Promise<void>;
}

/** De gids: content and the user's notes, bookmarks and reflection cards, autosaved per field. */
export const useGuideStore = create<GuideState>((set, get) => {
  const setSaveState = (id: string, state: FieldSaveState | undefined) =>
    set((current) => ({ saveStates: { ...current.saveStates, [id]: state } }));

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
  const reasons = createAutosaver<Pick<ReasonReflection, 'recognition' | 'turnaround'>>({
    delayMs: 500,
    validate: (_field, card) => contractMessage(longText, card.turnaround),
    save: async (field, card) =>
      saveResultOf(await call('guide.reasons.save', { reasonNumber: Number(field), ...card })),
    onChange: (field, state) => setSaveState(`reason:${field}`, state),
  });

  return {
    content: undefined,
    notes: {},
    bookmarks: [],
    reasons: {},
    loadError: undefined,
    saveStates: {},
    async load() {
      if (get().content) return get().refreshAnnotations();
      const content = await call('guide.content', undefined);
      if (!content.ok) return set({ loadError: content.error.message });
      set({ loadError: undefined });
      // Annotations first: the note fields keep their own text once shown, so they must start from the saved one.
      await get().refreshAnnotations();
      set({ content: content.value });
    },
    async refreshAnnotations() {
      const [notes, bookmarks, reasons] = await Promise.all([
        call('guide.notes.list', undefined),
        call('guide.bookmarks.list', undefined),
        call('guide.reasons.list', undefined),
      ]);
      const failed = [notes, bookmarks, reasons].find((result) => !result.ok);
      if (failed && !failed.ok) return set({ loadError: failed.error.message });
      set({
        notes: notes.ok ? Object.fromEntries(notes.value.map((note) => [note.key, note])) : {},
        bookmarks: bookmarks.ok ? bookmarks.value : [],
        reasons: reasons.ok ? Object.fromEntries(reasons.value.map((reason) => [reason.reasonNumber, reason])) : {},
      });
    },
    editNote(key, body) {
      const existing = get().notes[key];
      const note: Note = existing
        ? { ...existing, body }
        : { key, pageId: '', blockId: '', pageTitle: '', title: '', body, updatedAt: '' };
      set((current) => ({ notes: { ...current.notes, [key]: note } }));
      notes.push(key, body);
    },
    async setBookmark(key, on) {
      const result = await call('guide.bookmarks.set', { key, on });
      if (result.ok) set({ bookmarks: result.value });
      else setSaveState(`bookmark:${key}`, { state: 'error', message: result.error.message });
    },
    editReason(reasonNumber, change) {
      const current = get().reasons[reasonNumber] ?? {
        reasonNumber,
        recognition: null,
        turnaround: '',
        updatedAt: null,
      };
      const card = { ...current, ...change };
      set((state) => ({ reasons: { ...state.reasons, [reasonNumber]: card } }));
      reasons.push(String(reasonNumber), { recognition: card.recognition, turnaround: card.turnaround });
    },
    async flushAll() {
      await Promise.all([notes.flush(), reasons.flush()]);
    },
  };
});
