import {
  type ActionFields,
  actionFieldsSchema,
  type Plan,
  type PlanFields,
  type PlanSnapshot,
  planFieldsSchema,
} from '../../contract/pop-op-channels';

const planFieldKeys = planFieldsSchema.keyof().options;
const actionFieldKeys = actionFieldsSchema.keyof().options;

/** What a version stores: the plan's fields, status, actions and kansen/bedreigingen (not its id or versions). */
export function snapshotOf(plan: Plan): PlanSnapshot {
  const fields = Object.fromEntries(planFieldKeys.map((key) => [key, plan[key]])) as PlanFields;
  return {
    ...fields,
    status: plan.status,
    actions: plan.actions,
    kansen: plan.kansen,
    bedreigingen: plan.bedreigingen,
  };
}

/** The action fields a user edits, for comparing two versions of one action. */
export function actionFields(action: ActionFields): ActionFields {
  return Object.fromEntries(actionFieldKeys.map((key) => [key, action[key]])) as unknown as ActionFields;
}

// The meeting date is the plan's agenda, not its content: recording a meeting moves it to the
// next meeting, and that alone must not count as "changed since the version".
const contentFieldKeys = planFieldKeys.filter((key) => key !== 'meetingDate');

/**
 * The content of a plan as one comparable string: fields, actions and factors, but not the
 * status (marking a plan "besproken" is not a change of its content), the meeting date, nor
 * texts from the guide.
 */
export function contentKey(snapshot: PlanSnapshot): string {
  return JSON.stringify({
    fields: contentFieldKeys.map((key) => snapshot[key]),
    actions: snapshot.actions.map((action) => [action.id, actionFields(action)]),
    factors: [...snapshot.kansen, ...snapshot.bedreigingen].map((factor) => [factor.id, factor.kind, factor.text]),
  });
}

/** True when nothing has been written in the plan yet (profile fields and title do not count). */
export function isEmptyPlan(snapshot: PlanSnapshot): boolean {
  const blank = (text: string) => text.trim() === '';
  return (
    blank(snapshot.nu) &&
    blank(snapshot.richting) &&
    blank(snapshot.nodig) &&
    snapshot.actions.every((action) => blank(action.what) && blank(action.result)) &&
    [...snapshot.kansen, ...snapshot.bedreigingen].every((factor) => blank(factor.text))
  );
}
