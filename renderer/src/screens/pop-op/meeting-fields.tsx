import type { ReactNode } from 'react';

/** A labelled one-line field with its hint and its message, for the meeting form (controlled: the form is sent once). */
export function MeetingTextField(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  error?: string;
  narrow?: boolean;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  return (
    <div className={`form-field${props.narrow ? ' meeting-date-field' : ''}`}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint && (
        <p className="form-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <input
        id={props.id}
        type="text"
        autoComplete="off"
        value={props.value}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={props.error ? true : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <FieldError id={errorId} message={props.error} />
    </div>
  );
}

/** The message under a field that the form refused; the summary above the form is what is announced. */
export function FieldError({ id, message }: { id: string | undefined; message: string | undefined }): ReactNode {
  if (!message) return null;
  return (
    <p className="error-message" id={id}>
      {message}
    </p>
  );
}
