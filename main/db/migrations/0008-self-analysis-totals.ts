import type { Migration } from '../migration';

// Written out, not imported, so this step stays exactly what it was when it shipped.
const themes = ['doen', 'doel', 'gemeenteraad', 'geld', 'organisatieverandering'] as const;

/** Sets one run's sum and answer count per theme from its answers (a statement id starts with its theme id). */
const recount = (runId: string) => `
  UPDATE self_analysis_runs SET (${themes.map((theme) => `${theme}_sum, ${theme}_answered`).join(', ')}) = (
    SELECT ${themes
      .map(
        (theme) =>
          `coalesce(sum(value) FILTER (WHERE statement_id GLOB '${theme}-*'), 0), count(*) FILTER (WHERE statement_id GLOB '${theme}-*')`,
      )
      .join(', ')}
    FROM self_analysis_answers WHERE run_id = ${runId}
  ) WHERE id = ${runId};`;

/**
 * Per run and theme, the sum of the answers and how many statements are answered, kept on
 * the run by triggers in the same transaction as every answer written or deleted. The
 * history, the trend and the latest profile then read one row per run instead of every
 * answer. The triggers recount (not add a difference), so rows copied in by an import or a
 * restore, in whatever order, always end up with the totals of the answers they hold.
 */
export const selfAnalysisTotals: Migration = {
  version: 8,
  name: 'self-analysis-totals',
  up(db) {
    for (const theme of themes) {
      db.exec(`
        ALTER TABLE self_analysis_runs ADD COLUMN ${theme}_sum INTEGER NOT NULL DEFAULT 0 CHECK (${theme}_sum >= 0);
        ALTER TABLE self_analysis_runs ADD COLUMN ${theme}_answered INTEGER NOT NULL DEFAULT 0 CHECK (${theme}_answered >= 0);
      `);
    }
    db.exec(`
      CREATE TRIGGER self_analysis_totals_on_insert AFTER INSERT ON self_analysis_answers
      BEGIN ${recount('NEW.run_id')} END;
      CREATE TRIGGER self_analysis_totals_on_update AFTER UPDATE OF run_id, statement_id, value ON self_analysis_answers
      BEGIN ${recount('NEW.run_id')} END;
      CREATE TRIGGER self_analysis_totals_on_move AFTER UPDATE OF run_id ON self_analysis_answers
      WHEN OLD.run_id IS NOT NEW.run_id BEGIN ${recount('OLD.run_id')} END;
      CREATE TRIGGER self_analysis_totals_on_delete AFTER DELETE ON self_analysis_answers
      BEGIN ${recount('OLD.run_id')} END;
      CREATE TRIGGER self_analysis_totals_on_new_run AFTER INSERT ON self_analysis_runs
      BEGIN ${recount('NEW.id')} END;
    `);
    // Runs stored before this version: every one recounted once.
    db.exec(recount('self_analysis_runs.id'));
  },
};
