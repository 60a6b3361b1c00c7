import type { z } from 'zod';
import type { WorkbookRow, WorkbookTables } from '../../../db/workbook-rows';

/** What the cross-row checks may consult besides the rows themselves. */
export interface RuleContext {
  /** Statement ids of the self-analyses in this version of the guide. */
  knownStatementIds: ReadonlySet<string>;
}

/** A broken rule: where it is and why, in Dutch. */
export interface RuleProblem {
  table: string;
  /** 1-based row number in the table, when the problem is in one row. */
  row?: number;
  field?: string;
  message: string;
}

/**
 * The rules of one table, declared once: the zod schema every row must satisfy (built from
 * the contract's own schemas and limits) and, optionally, checks across rows (counts,
 * references, cycles). Adding a table to the workbook is one entry in `tableRules`.
 */
export interface TableRules {
  /** The table's name as the user may read it in a message. */
  label: string;
  row: z.ZodType<WorkbookRow>;
  /**
   * Why the export leaves this table's rows out (the table itself stays, empty). An import still
   * accepts rows in it: a file written before the rule came in is the user's own.
   */
  keptOutOfExport?: string;
  across?: (rows: readonly WorkbookRow[], tables: WorkbookTables, context: RuleContext) => RuleProblem | undefined;
}

/** Finds the first row whose `key` occurs more than `max` times within `group`. */
export function overCount(
  table: string,
  rows: readonly WorkbookRow[],
  group: (row: WorkbookRow) => string,
  max: number,
  message: string,
): RuleProblem | undefined {
  const counts = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    const key = group(row);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count > max) return { table, row: index + 1, message };
  }
  return undefined;
}

/** Finds a row whose chain of `link` references comes back to itself. */
export function cycleIn(
  table: string,
  rows: readonly WorkbookRow[],
  link: string,
  message: string,
): RuleProblem | undefined {
  const next = new Map<unknown, unknown>(rows.map((row) => [row.id, row[link]]));
  for (const [index, row] of rows.entries()) {
    const seen = new Set<unknown>([row.id]);
    let current = next.get(row.id);
    while (current !== null && current !== undefined) {
      if (seen.has(current)) return { table, row: index + 1, field: link, message };
      seen.add(current);
      current = next.get(current);
    }
  }
  return undefined;
}

/** Finds a row whose statement id is not one of the guide's statements. */
export function unknownStatement(
  table: string,
  rows: readonly WorkbookRow[],
  context: RuleContext,
): RuleProblem | undefined {
  const index = rows.findIndex(
    (row) => typeof row.statement_id === 'string' && !context.knownStatementIds.has(row.statement_id),
  );
  return index < 0
    ? undefined
    : {
        table,
        row: index + 1,
        field: 'statement_id',
        message: 'Deze stelling bestaat niet in de zelfanalyses.',
      };
}
