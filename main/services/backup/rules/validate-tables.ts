import type { WorkbookTables } from '../../../db/workbook-rows';
import type { RuleContext, RuleProblem } from './row-rules';
import { tableRules } from './table-rules';

/**
 * Checks every row of every table against the app's own rules (`tableRules`): first each
 * row on its own, then the checks across rows. Returns the first problem, or undefined.
 */
export function findRuleProblem(tables: WorkbookTables, context: RuleContext): RuleProblem | undefined {
  for (const [table, rows] of Object.entries(tables)) {
    const rules = tableRules[table];
    if (!rules) return { table, message: 'Het werkboek kent de regels van dit onderdeel niet.' };
    for (const [index, row] of rows.entries()) {
      const parsed = rules.row.safeParse(row);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
          table,
          row: index + 1,
          field: issue?.path.map(String).join('.') || undefined,
          message: issue?.message ?? 'Deze rij klopt niet.',
        };
      }
    }
  }
  for (const [table, rows] of Object.entries(tables)) {
    const problem = tableRules[table]?.across?.(rows, tables, context);
    if (problem) return problem;
  }
  return undefined;
}

/** A problem as one Dutch sentence: which part, which row, which field, what is wrong. */
export function describeRuleProblem(problem: RuleProblem): string {
  const label = tableRules[problem.table]?.label ?? problem.table;
  const where = problem.row === undefined ? `In “${label}”` : `In “${label}”, rij ${problem.row}`;
  const field = problem.field ? ` (${problem.field})` : '';
  const message = problem.message.replace(/\.$/, '');
  return `${where}${field}: ${message}.`;
}
