import type { Database } from 'better-sqlite3';

/** The bespreekpunten of a POP-OP's Gespreksvoorbereiding: text per position 1–3. */
export function createTalkingPointsRepository(db: Database) {
  const list = db.prepare<[number], { position: number; text: string }>(
    'SELECT position, text FROM pop_op_talking_points WHERE plan_id = ? ORDER BY position',
  );
  const upsert = db.prepare<[number, number, string, string]>(`
    INSERT INTO pop_op_talking_points (plan_id, position, text, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (plan_id, position) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`);
  const remove = db.prepare<[number, number]>('DELETE FROM pop_op_talking_points WHERE plan_id = ? AND position = ?');
  return {
    /** The written points by position; a position without a row has no point. */
    list: (planId: number) => list.all(planId),
    /** Stores a point; an empty text removes it. */
    set(planId: number, position: number, text: string, now: string): void {
      if (text === '') remove.run(planId, position);
      else upsert.run(planId, position, text, now);
    },
  };
}
export type TalkingPointsRepository = ReturnType<typeof createTalkingPointsRepository>;
