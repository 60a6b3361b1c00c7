import { type RefObject, useCallback, useId, useRef } from 'react';

const countFormat = new Intl.NumberFormat('nl-NL');

/**
 * A labelled text field that React does not control: the browser keeps its own undo/redo
 * history (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z) because nothing writes into any field while you type.
 * The stored text is put in once, when the field mounts. Not through `defaultValue`: React
 * writes that into the element again on every re-render (a textarea's text node is replaced),
 * and any such change in the page makes Chrome close the running undo step, so Ctrl+Z would
 * take back one letter at a time.
 */
export function TextField(props: {
  label: string;
  defaultValue: string;
  onChange(value: string): void;
  onBlur(): void;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  error?: string;
  /** Shows "n van max tekens" once the text comes near this limit. */
  maxLength?: number;
  length?: number;
  inputRef?: RefObject<(HTMLInputElement & HTMLTextAreaElement) | null>;
  className?: string;
}) {
  const id = useId();
  const initialValue = useRef(props.defaultValue);
  const outerRef = useRef(props.inputRef);
  // Stable identity: React calls it once with the element when the field mounts.
  const attach = useCallback((element: (HTMLInputElement & HTMLTextAreaElement) | null) => {
    if (element) element.value = initialValue.current;
    if (outerRef.current) outerRef.current.current = element;
  }, []);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const countId = `${id}-count`;
  const showCount = props.maxLength !== undefined && (props.length ?? 0) > props.maxLength * 0.9;
  const describedBy = [hintId, showCount ? countId : undefined, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': props.error ? true : undefined,
    onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
    onBlur: props.onBlur,
    ref: attach,
  };
  return (
    <div className={`form-field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p className="form-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea rows={props.rows ?? 5} {...common} />
      ) : (
        <input type="text" autoComplete="off" {...common} />
      )}
      {showCount && props.maxLength !== undefined && (
        <p className="form-hint" id={countId}>
          {countFormat.format(props.length ?? 0)} van {countFormat.format(props.maxLength)} tekens
        </p>
      )}
      {props.error && (
        <p className="error-message" id={errorId} role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
