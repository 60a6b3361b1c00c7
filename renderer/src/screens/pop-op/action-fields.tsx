import { useEffect, useRef } from 'react';
import { limits } from '../../../../main/contract/limits';
import {
  type ActionStatus,
  actionStatuses,
  actionStatusLabels,
  type PlanAction,
} from '../../../../main/contract/pop-op-channels';
import { DateField } from '../../components/date-field';
import { TextField } from '../../components/text-field';
import { usePopOpStore } from '../../stores/pop-op-store';

/** The text, date and status of one action, each saved on its own; the first takes focus when the action is new. */
export function ActionFieldsEditor({ action }: { action: PlanAction }) {
  const fieldErrors = usePopOpStore((state) => state.fieldErrors);
  const focusActionId = usePopOpStore((state) => state.focusActionId);
  const { changeActionField, flushAll } = usePopOpStore.getState();
  const whatField = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const error = (key: string) => fieldErrors[`action:${action.id}.${key}`];
  const flush = () => void flushAll();

  useEffect(() => {
    if (focusActionId === action.id) whatField.current?.focus();
  }, [focusActionId, action.id]);

  return (
    <>
      <TextField
        label="Wat ga je doen?"
        multiline
        rows={2}
        inputRef={whatField}
        defaultValue={action.what}
        length={action.what.length}
        maxLength={limits.longText}
        error={error('what')}
        onChange={(value) => changeActionField(action.id, 'what', value)}
        onBlur={flush}
      />
      <TextField
        label="Met wie?"
        defaultValue={action.withWhom}
        error={error('withWhom')}
        onChange={(value) => changeActionField(action.id, 'withWhom', value)}
        onBlur={flush}
      />
      <div className="action-when">
        <DateField
          label="Wanneer klaar?"
          defaultValue={action.dueDate}
          error={error('dueDate')}
          onChange={(value) => changeActionField(action.id, 'dueDate', value)}
          onBlur={flush}
        />
        <ActionStatusSelect action={action} />
      </div>
      <TextField
        label="Resultaat of bewijs"
        hint="Wat heeft het opgeleverd? Waar kun je het laten zien?"
        multiline
        rows={2}
        defaultValue={action.result}
        length={action.result.length}
        maxLength={limits.longText}
        error={error('result')}
        onChange={(value) => changeActionField(action.id, 'result', value)}
        onBlur={flush}
      />
    </>
  );
}

function ActionStatusSelect({ action }: { action: PlanAction }) {
  const { changeActionField, flushAll } = usePopOpStore.getState();
  const id = `actie-${action.id}-status`;
  return (
    <div className="form-field">
      <label htmlFor={id}>Status</label>
      <select
        id={id}
        value={action.status}
        onChange={(event) => changeActionField(action.id, 'status', event.target.value as ActionStatus)}
        onBlur={() => void flushAll()}
      >
        {actionStatuses.map((status) => (
          <option key={status} value={status}>
            {actionStatusLabels[status]}
          </option>
        ))}
      </select>
    </div>
  );
}
