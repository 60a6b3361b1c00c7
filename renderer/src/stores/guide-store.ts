import { create } from 'zustand';
import type { Bookmark, Note, ReasonReflection } from '../../../main/contract/guide-channels';
import type { GuideContent } from '../../../main/contract/guide-content';
import { call } from '../api/client';
import { type Autosaver, createAutosaver, type SaveState } from '../lib/autosaver';

interface GuideState {
  content: GuideContent | undefined;
  notes: Record<string, Note>;
  bookmarks: Bookmark[];
  reasons: Record<number, ReasonReflection>;
  loadError: string | undefined;
  /** Save state per note key or reason number, for the "Opgeslagen" line under each field. */
  saveStates: Record<string, { state: SaveState; message?: string }>;
  load(): Promise<void>;
  refreshAnnotations(): Promise<void>;
  editNote(key: string, body: string): void;
  setBookmark(key: string, on: boolean): Promise<void>;
  editReason(reasonNumber: number, change: Partial<Pick<ReasonReflection, 'recognition' | 'turnaround'>>): void;
  flushAll(): Promise<void>;
}

/** De gids: content and the user's notes, bookmarks and reflection cards, autosaved per field. */
export const useGuideStore = create<GuideState>((set, get) => {
  const savers = new Map<string, Autosaver<Record<string, unknown>>>();
  const setSaveState = (id: string, state: SaveState, message?: string) =>
    set((current) => ({ saveStates: { ...current.saveStates, [id]: { state, message } } }));

  function saverFor(
    id: string,
    save: (patch: Record<string, unknown>) => Promise<{ ok: true } | { ok: false; message: string }>,
  ) {
    let saver = savers.get(id);
    if (!saver) {
      saver = createAutosaver({
        delayMs: 500,
        merge: (queued, patch) => ({ ...queued, ...patch }),
        save,
        onState: (state, message) => setSaveState(id, state, message),
      });
      savers.set(id, saver);
    }
    return saver;
  }

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
      saverFor(`note:${key}`, async (patch) => {
        const result = await call('guide.notes.save', { key, body: String(patch.body ?? '') });
        if (!result.ok) return { ok: false, message: result.error.message };
        if (result.value) {
          const saved = result.value;
          set((current) => ({
            notes: { ...current.notes, [key]: { ...saved, body: current.notes[key]?.body ?? saved.body } },
          }));
        }
        return { ok: true };
      }).push({ body });
    },
    async setBookmark(key, on) {
      const result = await call('guide.bookmarks.set', { key, on });
      if (result.ok) set({ bookmarks: result.value });
      else setSaveState(`bookmark:${key}`, 'error', result.error.message);
    },
    editReason(reasonNumber, change) {
      const current = get().reasons[reasonNumber] ?? {
        reasonNumber,
        recognition: null,
        turnaround: '',
        updatedAt: null,
      };
      set((state) => ({ reasons: { ...state.reasons, [reasonNumber]: { ...current, ...change } } }));
      saverFor(`reason:${reasonNumber}`, async (patch) => {
        const result = await call('guide.reasons.save', { reasonNumber, ...patch });
        return result.ok ? { ok: true } : { ok: false, message: result.error.message };
      }).push(change);
    },
    async flushAll() {
      await Promise.all([...savers.values()].map((saver) => saver.flush()));
    },
  };
});
