import type { Database } from 'better-sqlite3';

export type Recognition = 'herken-ik' | 'herken-ik-niet';

export interface StoredReasonReflection {
  reasonNumber: number;
  recognition: Recognition | null;
  turnaround: string;
  updatedAt: string;
}

/** The user's answers on the "10 redenen" reflection cards. */
export function createReasonReflectionsRepository(db: Database) {
  const all = db.prepare<[], StoredReasonReflection>(
    'SELECT reason_number AS reasonNumber, recognition, turnaround, updated_at AS updatedAt FROM reason_reflections ORDER BY reason_number',
  );
  const one = db.prepare<[number], StoredReasonReflection>(
    'SELECT reason_number AS reasonNumber, recognition, turnaround, updated_at AS updatedAt FROM reason_reflections WHERE reason_number = ?',
  );
  const upsert = db.prepare<[number, Recognition | null, string, string]>(
    `INSERT INTO reason_reflections (reason_number, recognition, turnaround, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (reason_number) DO UPDATE SET recognition = excluded.recognition, turnaround = excluded.turnaround, updated_at = excluded.updated_at`,
  );
  return {
    list: (): StoredReasonReflection[] => all.all(),
    get: (reasonNumber: number): StoredReasonReflection | undefined => one.get(reasonNumber),
    save(reflection: StoredReasonReflection): void {
      upsert.run(reflection.reasonNumber, reflection.recognition, reflection.turnaround, reflection.updatedAt);
    },
  };
}
export type ReasonReflectionsRepository = ReturnType<typeof createReasonReflectionsRepository>;
