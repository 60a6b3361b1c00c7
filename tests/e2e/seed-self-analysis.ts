import type { Page } from '@playwright/test';
import './window-api';

/** The five themes in the guide's order, as the statement ids spell them. */
const themeIds = ['doen', 'doel', 'gemeenteraad', 'geld', 'organisatieverandering'];

/**
 * Stores a complete five-theme run through the contract (as the app itself would), for tests
 * that need history or a profile. `values` holds the answers per theme in the guide's order.
 */
export async function seedSelfAnalysisRun(
  page: Page,
  values: readonly (readonly number[])[],
  name = '',
): Promise<number> {
  return page.evaluate(
    async ({ values, themeIds, name }) => {
      const { api } = window;
      const run = await api.call('selfAnalysis.start', { scope: 'all' });
      if (!run.ok) throw new Error(run.error.message);
      for (const [t, themeId] of themeIds.entries()) {
        for (const [s, value] of (values[t] ?? []).entries()) {
          await api.call('selfAnalysis.answer', { runId: run.value.id, statementId: `${themeId}-${s + 1}`, value });
        }
      }
      if (name) await api.call('selfAnalysis.rename', { runId: run.value.id, name });
      return run.value.id;
    },
    { values, themeIds, name },
  );
}
