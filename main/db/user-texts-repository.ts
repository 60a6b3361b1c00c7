import type { Database } from 'better-sqlite3';

/** Where a text of the user's stands; the search names and links each kind its own way. */
export type UserTextKind = 'note' | 'reason' | 'reflection' | 'pop-op';

/**
 * One text the user wrote, with what the search needs to name it and link to its place:
 * `place` is the note's section key, the reason number, `themeId/questionId` of a reflection,
 * or the POP-OP field (`nu`, `richting`, `nodig`, an action's `what` or `result`, a `kans` or `bedreiging`).
 * `ownerId` is the run or the plan, `ownerName` and `ownerDate` its name and creation time.
 */
export interface UserTextRow {
  kind: UserTextKind;
  place: string;
  ownerId: number | null;
  ownerName: string;
  ownerDate: string;
  text: string;
  updatedAt: string;
}

/** Questions 1–3 of a plan, each a column of its own. */
function planField(column: 'nu' | 'richting' | 'nodig'): string {
  return `
  UNION ALL
  SELECT 'pop-op', '${column}', id, title, created_at, ${column}, updated_at FROM pop_op_plans WHERE ${column} <> ''`;
}

/*
 * Every non-empty text field the user writes, in one read. The search over them runs in main
 * in JavaScript with the guide's Dutch terms (accents, stems, prefixes, synonyms); SQLite's
 * LIKE folds neither accents nor Dutch word forms. See docs/architecture-notes.md.
 */
const allTexts = `
  SELECT 'note' AS kind, section_key AS place, NULL AS ownerId, '' AS ownerName, '' AS ownerDate,
         body AS text, updated_at AS updatedAt
    FROM guide_notes
  UNION ALL
  SELECT 'reason', CAST(reason_number AS TEXT), NULL, '', '', turnaround, updated_at
    FROM reason_reflections WHERE turnaround <> ''
  UNION ALL
  SELECT 'reflection', r.theme_id || '/' || r.question_id, r.run_id, runs.name, runs.created_at, r.text, r.updated_at
    FROM self_analysis_reflections AS r JOIN self_analysis_runs AS runs ON runs.id = r.run_id
   WHERE r.text <> ''
${(['nu', 'richting', 'nodig'] as const).map(planField).join('')}
  UNION ALL
  SELECT 'pop-op', 'what', plans.id, plans.title, plans.created_at, a.what, a.updated_at
    FROM pop_op_actions AS a JOIN pop_op_plans AS plans ON plans.id = a.plan_id WHERE a.what <> ''
  UNION ALL
  SELECT 'pop-op', 'result', plans.id, plans.title, plans.created_at, a.result, a.updated_at
    FROM pop_op_actions AS a JOIN pop_op_plans AS plans ON plans.id = a.plan_id WHERE a.result <> ''
  UNION ALL
  SELECT 'pop-op', f.kind, plans.id, plans.title, plans.created_at, f.text, plans.updated_at
    FROM pop_op_factors AS f JOIN pop_op_plans AS plans ON plans.id = f.plan_id WHERE f.text <> ''
`;

/** Reads the user's own texts for the search (notes, reason cards, reflections, POP-OP answers). */
export function createUserTextsRepository(db: Database) {
  const all = db.prepare<[], UserTextRow>(allTexts);
  return { list: (): UserTextRow[] => all.all() };
}
export type UserTextsRepository = ReturnType<typeof createUserTextsRepository>;
