import { actionFieldsSchema } from '../../../../main/contract/pop-op-channels';
import { call } from '../../api/client';
import type { PopOpShared } from './pop-op-shared';
import type { GetState, PopOpState, SetState } from './pop-op-state';

type ActionSlice = Pick<
  PopOpState,
  'addAction' | 'changeActionField' | 'linkStatement' | 'removeAction' | 'moveAction'
>;

/** The actions of question 4: add, edit (autosaved per action), link to a statement, remove, move. */
export function createActionSlice(set: SetState, get: GetState, shared: PopOpShared): ActionSlice {
  const { saver, updatePlan, updateAction, step } = shared;
  return {
    addAction: (fields) =>
      step(async () => {
        const plan = get().plan;
        if (!plan) return undefined;
        const result = await call('popOp.actions.add', { planId: plan.id, ...(fields ? { fields } : {}) });
        if (!result.ok) return result.error.message;
        updatePlan((current) => ({ ...current, actions: [...current.actions, result.value] }));
        set({ focusActionId: result.value.id });
        return undefined;
      }),

    changeActionField(actionId, key, value) {
      updateAction(actionId, { [key]: value });
      saver.push(`action:${actionId}.${key}`, { kind: 'action', actionId, key, value });
    },

    linkStatement: (actionId, statementId) =>
      step(async () => {
        await saver.flush();
        const result = await call('popOp.actions.update', { actionId, changes: { statementId } });
        if (!result.ok) return result.error.message;
        updateAction(actionId, { statementId: result.value.statementId, statementText: result.value.statementText });
        return undefined;
      }),

    removeAction: (actionId) =>
      step(async () => {
        await saver.flush();
        const result = await call('popOp.actions.remove', { actionId });
        if (!result.ok) return result.error.message;
        for (const key of Object.keys(actionFieldsSchema.shape)) saver.discard(`action:${actionId}.${key}`);
        updatePlan((plan) => ({ ...plan, actions: plan.actions.filter((action) => action.id !== actionId) }));
        return undefined;
      }),

    moveAction: (actionId, direction) =>
      step(async () => {
        const result = await call('popOp.actions.move', { actionId, direction });
        if (!result.ok) return result.error.message;
        // Keep what is on screen (it may be newer than what main has), only take main's order.
        updatePlan((plan) => {
          const byId = new Map(plan.actions.map((action) => [action.id, action]));
          return { ...plan, actions: result.value.map((action) => byId.get(action.id) ?? action) };
        });
        return undefined;
      }),
  };
}
