import type { Database } from 'better-sqlite3';

export interface StoredNote {
  sectionKey: string;
  body: string;
  updatedAt: string;
}

/** Personal notes, one per block of the guide. An empty note is no note. */
export function createGuideNotesRepository(db: Database) {
  const all = db.prepare<[], StoredNote>(
    'SELECT section_key AS sectionKey, body, updated_at AS updatedAt FROM guide_notes ORDER BY updated_at DESC',
  );
  const upsert = db.prepare<[string, string, string]>(
    'INSERT INTO guide_notes (section_key, body, updated_at) VALUES (?, ?, ?) ON CONFLICT (section_key) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at',
  );
  const remove = db.prepare<[string]>('DELETE FROM guide_notes WHERE section_key = ?');
  return {
    list: (): StoredNote[] => all.all(),
    save(sectionKey: string, body: string, now: string): void {
      if (body.trim() === '') remove.run(sectionKey);
      else upsert.run(sectionKey, body, now);
    },
  };
}
export type GuideNotesRepository = ReturnType<typeof createGuideNotesRepository>;
