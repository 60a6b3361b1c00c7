import { UserFacingError } from '../../contract/envelope';
import { type ActionFields, type PlanAction, popOpLimits } from '../../contract/pop-op-channels';
import type { PlanReader } from './plan-reader';
import { popOpMessages as messages } from './pop-op-messages';

const emptyAction: ActionFields = {
  what: '',
  withWhom: '',
  dueDate: '',
  status: 'gepland',
  result: '',
  statementId: null,
};

/** The actions of a plan: added (at most `popOpLimits.actions`), edited, removed and moved. */
export function createPlanActions(reader: PlanReader) {
  const { plans, timestamp, toAction } = reader;
  const requireAction = (actionId: number) => {
    const action = plans.action(actionId);
    if (!action) throw new UserFacingError('not-found', messages.actionNotFound);
    return action;
  };
  return {
    addAction(planId: number, fields: Partial<ActionFields> = {}): PlanAction {
      reader.requirePlan(planId);
      reader.requireKnownStatement(fields.statementId);
      if (plans.actionCount(planId) >= popOpLimits.actions) {
        throw new UserFacingError('too-large', messages.tooManyActions);
      }
      const id = plans.insertAction(planId, { ...emptyAction, ...fields }, timestamp());
      return toAction(requireAction(id));
    },

    updateAction(actionId: number, changes: Partial<ActionFields>): PlanAction {
      const action = requireAction(actionId);
      reader.requireKnownStatement(changes.statementId);
      plans.updateAction(action, changes, timestamp());
      return toAction(requireAction(actionId));
    },

    removeAction(actionId: number): void {
      plans.removeAction(requireAction(actionId), timestamp());
    },

    moveAction(actionId: number, direction: 'up' | 'down'): PlanAction[] {
      const action = requireAction(actionId);
      plans.moveAction(action, direction, timestamp());
      return plans.actions(action.planId).map(toAction);
    },
  };
}
