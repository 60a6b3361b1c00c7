import type { Answers, Initiative, MoneyRole, NeedId, PurposeId, Weights } from '../contract/financing-channels';
import { type ConsiderationId, considerationIds, type FinancingFormId } from '../contract/guide-content';

/** A row of financing_initiatives as SQLite returns it. */
export interface InitiativeRow {
  id: number;
  name: string;
  description: string;
  amount_euros: number | null;
  timing_note: string;
  notes: string;
  money_role: MoneyRole | null;
  chosen_form: FinancingFormId | null;
  created_at: string;
  updated_at: string;
}

/** What the list of initiatives shows of each, read in one query (financing.list). */
export interface InitiativeListRow {
  id: number;
  name: string;
  description: string;
  chosen_form: FinancingFormId | null;
  updated_at: string;
  answered_count: number;
}

/** A row of financing_considerations: one consideration's answer and weight. */
export interface ConsiderationRow {
  initiative_id: number;
  consideration: ConsiderationId;
  answer: string | null;
  weight: number;
}

/** Child rows of many initiatives, grouped by initiative. */
export function groupByInitiative<T extends { initiative_id: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.initiative_id);
    if (group) group.push(row);
    else groups.set(row.initiative_id, [row]);
  }
  return groups;
}

/** The parts an initiative is read from. */
export interface InitiativeParts {
  row: InitiativeRow;
  needs: NeedId[];
  purposes: PurposeId[];
  considerations: ConsiderationRow[];
}

/** Rows to the contract's Initiative; a consideration without a row reads as unanswered at weight 2. */
export function toInitiative({ row, needs, purposes, considerations }: InitiativeParts): Initiative {
  const answers = Object.fromEntries(considerationIds.map((id) => [id, null])) as Record<ConsiderationId, null>;
  const weights = Object.fromEntries(considerationIds.map((id) => [id, 2])) as Record<ConsiderationId, number>;
  for (const r of considerations) {
    (answers as Record<ConsiderationId, string | null>)[r.consideration] = r.answer;
    weights[r.consideration] = r.weight;
  }
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    amountEuros: row.amount_euros,
    timingNote: row.timing_note,
    notes: row.notes,
    needs,
    moneyRole: row.money_role,
    purposes,
    answers: answers as unknown as Answers,
    weights: weights as Weights,
    chosenFormId: row.chosen_form,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
