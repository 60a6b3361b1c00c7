import { useEffect, useRef, useState } from 'react';
import { ConfirmInline } from '../../components/confirm-inline';
import { usePopOpStore } from '../../stores/pop-op-store';

/** Moving an action up or down and removing it (after a question), keeping focus in place. */
export function ActionControls(props: { actionId: number; index: number; count: number; onRemoved(): void }) {
  const { actionId, index, count } = props;
  const number = index + 1;
  const busy = usePopOpStore((state) => state.busy);
  const { removeAction, moveAction } = usePopOpStore.getState();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const { upButton, downButton, move } = useMoveKeepingFocus(index, (direction) => moveAction(actionId, direction));

  // "Annuleren" or Escape puts focus back on the button that asked.
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => deleteButton.current?.focus());
  };

  return (
    <div className="button-row">
      <button ref={upButton} type="button" className="button-subtle" disabled={index === 0} onClick={() => move('up')}>
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
          onConfirm={() => void removeAction(actionId).then(props.onRemoved)}
          onCancel={cancel}
        />
      ) : (
        <button ref={deleteButton} type="button" className="button-subtle" onClick={() => setConfirming(true)}>
          Verwijderen<span className="visually-hidden"> (actie {number})</span>
        </button>
      )}
    </div>
  );
}

type Direction = 'up' | 'down';

/** Moving re-orders the list; focus stays on the button that was pressed (or its partner at the ends). */
function useMoveKeepingFocus(index: number, moveAction: (direction: Direction) => Promise<void>) {
  const movedWith = useRef<Direction | undefined>(undefined);
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: it must run exactly when this action's position changes
  useEffect(() => {
    if (movedWith.current === undefined) return;
    const preferred = movedWith.current === 'up' ? upButton.current : downButton.current;
    const other = movedWith.current === 'up' ? downButton.current : upButton.current;
    (preferred && !preferred.disabled ? preferred : other)?.focus();
    movedWith.current = undefined;
  }, [index]);

  const move = (direction: Direction) => {
    movedWith.current = direction;
    void moveAction(direction);
  };
  return { upButton, downButton, move };
}
