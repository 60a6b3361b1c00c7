import { memo } from 'react';
import type { PlanAction } from '../../../../main/contract/pop-op-channels';
import { ActionControls } from './action-controls';
import { ActionFieldsEditor } from './action-fields';
import { StatementLink } from './statement-link';
import { StatementPicker } from './statement-picker';

/**
 * One action of question 4: what, with whom, by when, status, result, and its link to a statement.
 * Memoised: typing in one action re-renders that action only, not all of them.
 */
export const ActionItem = memo(function ActionItem(props: {
  action: PlanAction;
  index: number;
  count: number;
  onRemoved(): void;
}) {
  const { action, index, count } = props;
  return (
    <fieldset className="action-item">
      <legend>
        Actie {index + 1}
        {action.what.trim() && <span className="visually-hidden">: {action.what.slice(0, 80)}</span>}
      </legend>
      {action.carriedOverFrom && <p className="carried-over">Overgenomen uit {action.carriedOverFrom}</p>}
      <ActionFieldsEditor action={action} />
      <StatementPicker actionId={action.id} statementId={action.statementId} />
      {action.statementId && <StatementLink statementId={action.statementId} text={action.statementText} />}
      <ActionControls actionId={action.id} index={index} count={count} onRemoved={props.onRemoved} />
    </fieldset>
  );
});
