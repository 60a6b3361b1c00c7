import type { Initiative, InitiativeSummary } from '../../contract/financing-channels';
import type { FinancingFormId } from '../../contract/guide-content';
import type { FinancingRepository } from '../../db/financing-repository';
import { topForms } from './advise';
import type { FinancingSources } from './financing-service';

interface Ranked {
  updatedAt: string;
  /** The model it was ranked with (read once per session): another model ranks again. */
  model: object;
  topFormIds: FinancingFormId[];
}

/**
 * The list of initiatives: one query for what the list shows, and the form(s) ranked first
 * (eligibility, then the considerations: issue 13's model) remembered per initiative. Every
 * change through the service ranks that initiative again (`remember`) and moves its
 * updated_at; a row whose updated_at differs from what was ranked (the first list of a
 * session, after a restore or import) gets all initiatives read and ranked once more.
 */
export function createInitiativeList(repository: FinancingRepository, sources: FinancingSources) {
  const ranked = new Map<number, Ranked>();

  function remember(initiative: Initiative): void {
    const { model, labels } = sources();
    ranked.set(initiative.id, {
      updatedAt: initiative.updatedAt,
      model,
      topFormIds: topForms(model, initiative, labels),
    });
  }

  function list(): InitiativeSummary[] {
    const { model } = sources();
    const rows = repository.listRows();
    const current = (id: number, updatedAt: string) => {
      const entry = ranked.get(id);
      return entry && entry.updatedAt === updatedAt && entry.model === model ? entry : undefined;
    };
    if (rows.some((row) => !current(row.id, row.updated_at))) {
      ranked.clear();
      for (const initiative of repository.list()) remember(initiative);
    }
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      description: row.description,
      updatedAt: row.updated_at,
      answeredCount: row.answered_count,
      topFormIds: current(row.id, row.updated_at)?.topFormIds ?? [],
      chosenFormId: row.chosen_form,
    }));
  }

  return { list, remember, forget: (id: number) => ranked.delete(id) };
}
