import type { PlanAction } from '../../contract/pop-op-channels';
import type { ActionProgress, PreparationAction } from '../../contract/preparation-channels';
import { actionStatusLabels, formatLongDate } from './pop-op-labels';
import { shorten } from './preparation-text';

/** How long an action's "wat" may be in the preparation. */
export const actionTextLength = 160;

/** An action is late when its date has passed (before `today`) and it is neither done nor dropped. */
export function actionProgress(action: Pick<PlanAction, 'status' | 'dueDate'>, today: string): ActionProgress {
  const open = action.status === 'gepland' || action.status === 'bezig';
  if (open && action.dueDate !== '' && action.dueDate < today) return 'te-laat';
  return action.status;
}

/** "Te laat (bezig)": a late action still says how far it got. */
function progressText(action: PlanAction, progress: ActionProgress): string {
  const label = actionStatusLabels[action.status];
  return progress === 'te-laat' ? `Te laat (${label.toLowerCase()})` : label;
}

/** Every action of the plan with where it stands on `today`. */
export function preparationActions(actions: readonly PlanAction[], today: string): PreparationAction[] {
  return actions.map((action, index) => {
    const progress = actionProgress(action, today);
    return {
      id: action.id,
      number: index + 1,
      what: shorten(action.what, actionTextLength) || '(nog geen omschrijving)',
      withWhom: shorten(action.withWhom, 80),
      dueDate: action.dueDate,
      status: action.status,
      progress,
      progressText: progressText(action, progress),
      dueDateText: formatLongDate(action.dueDate),
    };
  });
}
