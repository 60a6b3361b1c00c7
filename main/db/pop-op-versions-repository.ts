import type { Database } from 'better-sqlite3';

export interface StoredVersion {
  id: number;
  planId: number;
  number: number;
  status: 'besproken' | 'vastgesteld';
  createdAt: string;
}

/** Versions of a POP-OP: a numbered JSON snapshot, stored when the plan is marked besproken or vastgesteld. */
export function createPopOpVersionsRepository(db: Database) {
  const columns = 'id, plan_id AS planId, number, status, created_at AS createdAt';
  const list = db.prepare<[number], StoredVersion>(
    `SELECT ${columns} FROM pop_op_versions WHERE plan_id = ? ORDER BY number`,
  );
  const one = db.prepare<[number], StoredVersion & { snapshot: string }>(
    `SELECT ${columns}, snapshot FROM pop_op_versions WHERE id = ?`,
  );
  const latest = db.prepare<[number], StoredVersion & { snapshot: string }>(
    `SELECT ${columns}, snapshot FROM pop_op_versions WHERE plan_id = ? ORDER BY number DESC LIMIT 1`,
  );
  const insert = db.prepare<[number, number, string, string, string]>(`
    INSERT INTO pop_op_versions (plan_id, number, status, created_at, snapshot)
    VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM pop_op_versions WHERE plan_id = ?), ?, ?, ?)`);
  return {
    list: (planId: number): StoredVersion[] => list.all(planId),
    /** A version with its snapshot as stored (JSON text, validated by the caller). */
    get: (id: number) => one.get(id),
    latest: (planId: number) => latest.get(planId),
    insert(planId: number, status: StoredVersion['status'], snapshot: unknown, now: string): number {
      return Number(insert.run(planId, planId, status, now, JSON.stringify(snapshot)).lastInsertRowid);
    },
  };
}
export type PopOpVersionsRepository = ReturnType<typeof createPopOpVersionsRepository>;
