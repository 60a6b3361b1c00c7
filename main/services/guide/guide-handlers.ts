import type { Handlers } from '../../contract/channels';
import type { GuideBookmarksRepository } from '../../db/guide-bookmarks-repository';
import type { GuideNotesRepository } from '../../db/guide-notes-repository';
import type { ReasonReflectionsRepository } from '../../db/reason-reflections-repository';
import type { UserTextsRepository } from '../../db/user-texts-repository';
import type { WorkbookContext } from '../workbook-context';
import { createGuideSearch } from './guide-search';
import type { GuideSections } from './guide-sections';
import { notesMarkdown } from './notes-markdown';
import { guidePages } from './search/guide-passages';

/** Handlers of De gids: content, search, notes, bookmarks and the reflection cards. */
export function createGuideHandlers(
  context: WorkbookContext,
  repositories: {
    guideNotes: GuideNotesRepository;
    guideBookmarks: GuideBookmarksRepository;
    reasonReflections: ReasonReflectionsRepository;
    userTexts: UserTextsRepository;
    guideSections: GuideSections;
  },
) {
  const content = context.guide;
  const { guideNotes: notes, guideBookmarks: bookmarks, reasonReflections: reasons } = repositories;
  const sections = repositories.guideSections;
  const { section, requireSection } = sections;
  const search = createGuideSearch({
    content,
    resourcesDir: context.resourcesDir,
    sections,
    userTexts: repositories.userTexts,
  });
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
  const listReasons = () => content().reasons.reasons.map((reason) => reflection(reason.number));
  /** Notes and bookmarks in the order the guide reads, for the export. */
  const inReadingOrder = <T extends { key: string }>(items: T[]) => {
    const order = new Map(sections.passages().map((passage, place) => [passage.key, place]));
    return [...items].sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
  };

  return {
    'guide.content': () => content(),
    'guide.pages': () => guidePages(content()),
    'guide.search': ({ query }) => search(query),
    'guide.notes.list': () => listNotes(),
    'guide.notes.export': () => {
      const exportedAt = new Date().toISOString();
      const markdown = notesMarkdown({
        notes: inReadingOrder(listNotes()),
        bookmarks: inReadingOrder(listBookmarks()),
        reasons: content().reasons,
        reflections: listReasons(),
        exportedAt,
      });
      const suggestedName = `Mijn notities uit het Werkboek ${exportedAt.slice(0, 10)}.md`;
      return context.files.deliver({ suggestedName, bytes: Buffer.from(markdown, 'utf8'), kind: 'md' });
    },
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
    'guide.reasons.list': () => listReasons(),
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
