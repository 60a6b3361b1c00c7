import { create } from 'zustand';
import { createAnnotationSlice } from './guide/guide-annotation-slice';
import { createLoadSlice } from './guide/guide-load-slice';
import { createGuideSavers } from './guide/guide-savers';
import type { GuideState } from './guide/guide-state';

/**
 * De gids: content and the user's notes, bookmarks and reflection cards, autosaved per field.
 * Each part lives in its own slice (stores/guide/): loading, and the user's annotations.
 */
export const useGuideStore = create<GuideState>((set, get) => ({
  content: undefined,
  notes: {},
  bookmarks: [],
  reasons: {},
  loadError: undefined,
  saveStates: {},
  ...createLoadSlice(set, get),
  ...createAnnotationSlice(set, get, createGuideSavers(set)),
}));
