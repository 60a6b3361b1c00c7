import type { Handlers } from '../../contract/channels';
import { UserFacingError } from '../../contract/envelope';
import type { GuideBookmarksRepository } from '../../db/guide-bookmarks-repository';
import type { GuideNotesRepository } from '../../db/guide-notes-repository';
import type { ReasonReflectionsRepository } from '../../db/reason-reflections-repository';
import type { WorkbookContext } from '../workbook-context';
import { seedStems } from './search/dutch-terms';
import { guidePages, guidePassages, type Passage } from './search/guide-passages';
import { loadGuideStems } from './search/guide-stems';
import { buildSearchIndex, type SearchIndex, searchGuide } from './search/search-index';

const unknownSection = 'Dit onderdeel van de gids bestaat niet (meer). Je notitie is niet bewaard.';

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

  // Built on first search: about a few hundred passages, measured in scripts/bench.
  let passagesByKey: Map<string, Passage> | undefined;
  let index: SearchIndex | undefined;
  const passages = () => {
    passagesByKey ??= new Map(guidePassages(content()).map((passage) => [passage.key, passage]));
    return passagesByKey;
  };
  const section = (key: string) => {
    const passage = passages().get(key);
    return passage
      ? { key, pageId: passage.pageId, blockId: passage.blockId, pageTitle: passage.pageTitle, title: passage.title }
      : undefined;
  };
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
  const requireSection = (key: string) => {
    const found = section(key);
    if (!found) throw new UserFacingError('not-found', unknownSection);
    return found;
  };
  const reflection = (reasonNumber: number) => {
    const stored = reasons.get(reasonNumber);
    return stored ?? { reasonNumber, recognition: null, turnaround: '', updatedAt: null };
  };

  return {
    'guide.content': () => content(),
    'guide.pages': () => guidePages(content()),
    'guide.search': ({ query }) => {
      if (!index) {
        seedStems(loadGuideStems(context.resourcesDir));
        index = buildSearchIndex([...passages().values()]);
      }
      const hits = searchGuide(index, query, 1000);
      return { hits: hits.slice(0, 30), total: hits.length };
    },
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
