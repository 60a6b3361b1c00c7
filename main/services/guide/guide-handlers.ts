import type { Handlers } from '../../contract/channels';
import type { GuideBookmarksRepository } from '../../db/guide-bookmarks-repository';
import type { GuideNotesRepository } from '../../db/guide-notes-repository';
import type { ReasonReflectionsRepository } from '../../db/reason-reflections-repository';
import type { WorkbookContext } from '../workbook-context';
import { createGuideSections } from './guide-sections';
import { guidePages } from './search/guide-passages';

/** Handlers of De gids: content, search, notes, bookmarks and the reflection cards. */
export function createGuideHandlers(
  context: WorkbookContext,
  repositories: {
    guideNotes: GuideNotesRepository;
    guideBookmarks: GuideBookmarksRepository;
    reasonReflections: ReasonReflectionsRepository;
  },
) {
  const content = context.guide;
  const { guideNotes: notes, guideBookmarks: bookmarks, reasonReflections: reasons } = repositories;
  const { section, requireSection, search } = createGuideSections(content, context.resourcesDir);
  const listNotes = () =>
    notes.list().flatMap((note) => {
      const found = section(note.sectionKey);
      return found ? [{ ...found, body: note.body, updatedAt: note.updatedAt }] : [];
    });
  const listBookmarks = () =>
    bookmarks.list().flatMap((bookmark) => {
      const found = section(bookmark.sectionKey);
      return found ? [{ ...found, createdAt: bookmark.createdAt }] : [];
    });
  const reflection = (reasonNumber: number) => {
    const stored = reasons.get(reasonNumber);
    return stored ?? { reasonNumber, recognition: null, turnaround: '', updatedAt: null };
  };

  return {
    'guide.content': () => content(),
    'guide.pages': () => guidePages(content()),
    'guide.search': ({ query }) => search(query),
    'guide.notes.list': () => listNotes(),
    'guide.notes.save': ({ key, body }) => {
      const found = requireSection(key);
      const now = new Date().toISOString();
      notes.save(key, body, now);
      return body.trim() === '' ? null : { ...found, body, updatedAt: now };
    },
    'guide.bookmarks.list': () => listBookmarks(),
    'guide.bookmarks.set': ({ key, on }) => {
      requireSection(key);
      bookmarks.set(key, on, new Date().toISOString());
      return listBookmarks();
    },
    'guide.reasons.list': () => content().reasons.reasons.map((reason) => reflection(reason.number)),
    'guide.reasons.save': ({ reasonNumber, recognition, turnaround }) => {
      const current = reflection(reasonNumber);
      const next = {
        reasonNumber,
        recognition: recognition === undefined ? current.recognition : recognition,
        turnaround: turnaround ?? current.turnaround,
        updatedAt: new Date().toISOString(),
      };
      reasons.save(next);
      return next;
    },
  } satisfies Partial<Handlers>;
}
