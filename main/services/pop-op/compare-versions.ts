import {
  type ActionComparison,
  actionFieldsSchema,
  type Comparison,
  type Factor,
  type PlanSnapshot,
  planFieldsSchema,
  type VersionSummary,
} from '../../contract/pop-op-channels';
import { actionFields } from './plan-snapshot';
import { diffWords } from './word-diff';

const planFieldKeys = planFieldsSchema.keyof().options;
const actionFieldKeys = actionFieldsSchema.keyof().options;

function compareActions(before: PlanSnapshot['actions'], after: PlanSnapshot['actions']): ActionComparison[] {
  const earlier = new Map(before.map((action) => [action.id, action]));
  const current = new Set(after.map((action) => action.id));
  const result: ActionComparison[] = after.map((action) => {
    const old = earlier.get(action.id);
    if (!old) return { change: 'added', before: null, after: action, changedFields: [] };
    const oldFields = actionFields(old);
    const newFields = actionFields(action);
    const changedFields = actionFieldKeys.filter((key) => oldFields[key] !== newFields[key]);
    return { change: changedFields.length > 0 ? 'changed' : 'same', before: old, after: action, changedFields };
  });
  // Removed actions are listed after the current ones, in their old order.
  for (const action of before) {
    if (!current.has(action.id)) result.push({ change: 'removed', before: action, after: null, changedFields: [] });
  }
  return result;
}

function compareFactors(before: readonly Factor[], after: readonly Factor[]): Comparison['factors'] {
  const key = (factor: Factor) => `${factor.kind}\u0000${factor.text.trim()}`;
  const earlier = new Set(before.map(key));
  const current = new Set(after.map(key));
  return [
    ...after.map((factor) => ({
      kind: factor.kind,
      text: factor.text,
      change: earlier.has(key(factor)) ? ('same' as const) : ('added' as const),
    })),
    ...before
      .filter((factor) => !current.has(key(factor)))
      .map((factor) => ({ kind: factor.kind, text: factor.text, change: 'removed' as const })),
  ].filter((factor) => factor.text.trim() !== '');
}

/** What changed between a stored version and the plan as it is now: per field, per action, per kans/bedreiging. */
export function compareSnapshots(version: VersionSummary, before: PlanSnapshot, after: PlanSnapshot): Comparison {
  const fields = planFieldKeys.map((key) => {
    const changed = before[key] !== after[key];
    return {
      key,
      changed,
      before: before[key],
      after: after[key],
      segments: changed ? diffWords(before[key], after[key]) : [{ text: after[key], change: 'same' as const }],
    };
  });
  const actions = compareActions(before.actions, after.actions);
  const factors = compareFactors([...before.kansen, ...before.bedreigingen], [...after.kansen, ...after.bedreigingen]);
  const changeCount =
    fields.filter((field) => field.changed).length +
    actions.filter((action) => action.change !== 'same').length +
    factors.filter((factor) => factor.change !== 'same').length;
  return { version, fields, actions, factors, changeCount };
}
