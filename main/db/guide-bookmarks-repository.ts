import type { Database } from 'better-sqlite3';

export interface StoredBookmark {
  sectionKey: string;
  createdAt: string;
}

/** Bookmarks on blocks of the guide. */
export function createGuideBookmarksRepository(db: Database) {
  const all = db.prepare<[], StoredBookmark>(
    'SELECT section_key AS sectionKey, created_at AS createdAt FROM guide_bookmarks ORDER BY created_at DESC',
  );
  const insert = db.prepare<[string, string]>(
    'INSERT INTO guide_bookmarks (section_key, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  const remove = db.prepare<[string]>('DELETE FROM guide_bookmarks WHERE section_key = ?');
  return {
    list: (): StoredBookmark[] => all.all(),
    set(sectionKey: string, on: boolean, now: string): void {
      if (on) insert.run(sectionKey, now);
      else remove.run(sectionKey);
    },
  };
}
export type GuideBookmarksRepository = ReturnType<typeof createGuideBookmarksRepository>;
