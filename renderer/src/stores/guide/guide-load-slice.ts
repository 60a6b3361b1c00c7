import { call } from '../../api/client';
import type { GetState, GuideState, SetState } from './guide-state';

type LoadSlice = Pick<GuideState, 'load' | 'refreshAnnotations'>;

/** Loading the guide's content once and the user's annotations (notes, bookmarks, reason cards) each time. */
export function createLoadSlice(set: SetState, get: GetState): LoadSlice {
  return {
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
  };
}
