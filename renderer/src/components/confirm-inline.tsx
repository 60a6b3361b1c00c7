import { useEffect, useRef } from 'react';

/**
 * An inline "are you sure?" step that replaces a destructive button: focus moves to the
 * confirm button, Escape or "Annuleren" goes back.
 */
export function ConfirmInline(props: {
  question: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirm.current?.focus();
  }, []);
  return (
    <fieldset
      className="confirm-inline"
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel();
      }}
    >
      <legend>{props.question}</legend>
      <button ref={confirm} type="button" className="button-danger" disabled={props.busy} onClick={props.onConfirm}>
        {props.confirmLabel}
      </button>{' '}
      <button type="button" className="button-subtle" onClick={props.onCancel}>
        Annuleren
      </button>
    </fieldset>
  );
}
