import { memo, useEffect, useRef, useState } from 'react';
import { limits } from '../../../../main/contract/limits';
import {
  type ActionStatus,
  actionStatuses,
  actionStatusLabels,
  type PlanAction,
} from '../../../../main/contract/pop-op-channels';
import { ConfirmInline } from '../../components/confirm-inline';
import { DateField } from '../../components/date-field';
import { TextField } from '../../components/text-field';
import { usePopOpStore } from '../../stores/pop-op-store';
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
  const fieldErrors = usePopOpStore((state) => state.fieldErrors);
  const busy = usePopOpStore((state) => state.busy);
  const focusActionId = usePopOpStore((state) => state.focusActionId);
  const { changeActionField, removeAction, moveAction, flushAll } = usePopOpStore.getState();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  // "Annuleren" or Escape puts focus back on the button that asked.
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => deleteButton.current?.focus());
  };
  const whatField = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const movedWith = useRef<'up' | 'down' | undefined>(undefined);
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);
  const number = index + 1;
  const error = (key: string) => fieldErrors[`action:${action.id}.${key}`];

  useEffect(() => {
    if (focusActionId === action.id) whatField.current?.focus();
  }, [focusActionId, action.id]);

  // Moving re-orders the list; keep focus on the button that was pressed (or its partner at the ends).
  // biome-ignore lint/correctness/useExhaustiveDependencies: it must run exactly when this action's position changes
  useEffect(() => {
    if (movedWith.current === undefined) return;
    const preferred = movedWith.current === 'up' ? upButton.current : downButton.current;
    const other = movedWith.current === 'up' ? downButton.current : upButton.current;
    (preferred && !preferred.disabled ? preferred : other)?.focus();
    movedWith.current = undefined;
  }, [index]);

  const move = (direction: 'up' | 'down') => {
    movedWith.current = direction;
    void moveAction(action.id, direction);
  };

  return (
    <fieldset className="action-item">
      <legend>
        Actie {number}
        {action.what.trim() && <span className="visually-hidden">: {action.what.slice(0, 80)}</span>}
      </legend>
      {action.carriedOverFrom && <p className="carried-over">Overgenomen uit {action.carriedOverFrom}</p>}
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
        onBlur={() => void flushAll()}
      />
      <div className="action-grid">
        <TextField
          label="Met wie?"
          defaultValue={action.withWhom}
          error={error('withWhom')}
          onChange={(value) => changeActionField(action.id, 'withWhom', value)}
          onBlur={() => void flushAll()}
        />
        <DateField
          label="Wanneer klaar?"
          defaultValue={action.dueDate}
          error={error('dueDate')}
          onChange={(value) => changeActionField(action.id, 'dueDate', value)}
          onBlur={() => void flushAll()}
        />
        <div className="form-field">
          <label htmlFor={`actie-${action.id}-status`}>Status</label>
          <select
            id={`actie-${action.id}-status`}
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
        onBlur={() => void flushAll()}
      />
      <StatementPicker actionId={action.id} statementId={action.statementId} />
      {action.statementId && (
        <blockquote className="statement-link">
          <p className="statement-link-label">Van resultaat naar actie: stelling {action.statementId}</p>
          <p>“{action.statementText ?? 'Deze stelling staat niet meer in de gids.'}”</p>
        </blockquote>
      )}
      <div className="button-row">
        <button
          ref={upButton}
          type="button"
          className="button-subtle"
          disabled={index === 0}
          onClick={() => move('up')}
        >
          Omhoog<span className="visually-hidden"> (actie {number})</span>
        </button>
        <button
          ref={downButton}
          type="button"
          className="button-subtle"
          disabled={index === count - 1}
          onClick={() => move('down')}
        >
          Omlaag<span className="visually-hidden"> (actie {number})</span>
        </button>
        {confirming ? (
          <ConfirmInline
            question={`Actie ${number} verwijderen?`}
            confirmLabel="Ja, verwijderen"
            busy={busy}
            onConfirm={() => void removeAction(action.id).then(props.onRemoved)}
            onCancel={cancel}
          />
        ) : (
          <button ref={deleteButton} type="button" className="button-subtle" onClick={() => setConfirming(true)}>
            Verwijderen<span className="visually-hidden"> (actie {number})</span>
          </button>
        )}
      </div>
    </fieldset>
  );
});
