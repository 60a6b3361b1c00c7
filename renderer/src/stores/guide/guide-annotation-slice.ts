import type { Note } from '../../../../main/contract/guide-channels';
import { call } from '../../api/client';
import type { GuideSavers } from './guide-savers';
import type { GetState, GuideState, SetState } from './guide-state';

type AnnotationSlice = Pick<GuideState, 'editNote' | 'setBookmark' | 'editReason' | 'flushAll'>;

/** The user's own marks in the guide: notes and reason cards (autosaved) and bookmarks (saved at once). */
export function createAnnotationSlice(set: SetState, get: GetState, savers: GuideSavers): AnnotationSlice {
  const { notes, reasons, setSaveState } = savers;
  return {
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
}
