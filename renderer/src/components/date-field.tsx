import { useId, useRef, useState } from 'react';
import { dateFormatHint, formatDutchDate, parseDutchDate } from '../lib/dutch-date';

/**
 * A labelled date field that reads and writes dd-mm-jjjj whatever the browser's or system's
 * locale, and hands the stored form (ISO yyyy-mm-dd, or '' for no date) to `onChange`. A
 * browser's own date field follows the system locale (mm/dd/yyyy on an English Windows), so it
 * is used only behind the "Kalender" button, to pick a day. A date that does not exist is
 * named at the field on leaving it and never saved: the last good date stays stored.
 */
export function DateField(props: {
  label: string;
  /** The input's id, when something else links to the field (an error summary); else one is made. */
  id?: string;
  /** Said after the format hint, e.g. what the date is used for. */
  hint?: string;
  /** The stored date: ISO yyyy-mm-dd or ''. Read once, when the field mounts. */
  defaultValue: string;
  /** ISO or '' while typing; on leaving a field that holds no date, the text as typed (to be refused). */
  onChange(isoOrEmpty: string): void;
  onBlur?(): void;
  /** A message from saving (the contract's check), shown when the text itself is fine. */
  error?: string;
  className?: string;
}) {
  const ownId = useId();
  const id = props.id ?? ownId;
  const [text, setText] = useState(() => formatDutchDate(props.defaultValue));
  const [typingError, setTypingError] = useState<string | undefined>();
  const error = typingError ?? props.error;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const take = (value: string) => {
    setText(value);
    const parsed = parseDutchDate(value);
    // While typing, a half-written date is no error yet; it is checked when the field is left.
    setTypingError(undefined);
    if (parsed.kind === 'date') props.onChange(parsed.iso);
    if (parsed.kind === 'empty') props.onChange('');
  };

  const leave = () => {
    const parsed = parseDutchDate(text);
    if (parsed.kind === 'invalid') {
      setTypingError(`${parsed.message} Deze datum is niet bewaard.`);
      // Handed on as typed: the store's contract check refuses it, so the field counts as not
      // saved (the save line says so, leaving the screen asks) until a real date replaces it.
      props.onChange(text.trim());
    }
    if (parsed.kind === 'date') setText(formatDutchDate(parsed.iso));
    props.onBlur?.();
  };

  const pick = (iso: string) => {
    if (iso === '') return;
    take(formatDutchDate(iso));
    props.onBlur?.();
  };

  return (
    <div className={`form-field date-field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <p className="form-hint" id={hintId}>
        {dateFormatHint}
        <span className="visually-hidden"> (dag, maand, jaar, bijvoorbeeld 15-01-2027)</span>
        {props.hint && ` ${props.hint}`}
      </p>
      <div className="date-field-row">
        <input
          id={id}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          onChange={(event) => take(event.target.value)}
          onBlur={leave}
        />
        <CalendarButton label={props.label} currentIso={isoOf(text)} onPick={pick} />
      </div>
      {error && (
        <p className="error-message" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function isoOf(text: string): string {
  const parsed = parseDutchDate(text);
  return parsed.kind === 'date' ? parsed.iso : '';
}

/**
 * Opens the browser's own calendar to pick a day. The browser's field stays out of sight and out
 * of the tab order: it only hosts the calendar, the text field above it is what the user reads.
 */
function CalendarButton(props: { label: string; currentIso: string; onPick(iso: string): void }) {
  const native = useRef<HTMLInputElement>(null);
  const supported = typeof HTMLInputElement !== 'undefined' && 'showPicker' in HTMLInputElement.prototype;
  if (!supported) return null;
  const open = () => {
    const input = native.current;
    if (!input) return;
    input.value = props.currentIso;
    try {
      input.showPicker();
    } catch {
      // A browser that refuses (no user gesture, or a locked-down policy): typing still works.
    }
  };
  return (
    <span className="date-field-picker">
      <button type="button" className="button-subtle" onClick={open}>
        Kalender<span className="visually-hidden"> voor {props.label}</span>
      </button>
      <input
        ref={native}
        type="date"
        className="date-field-native"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => props.onPick(event.target.value)}
      />
    </span>
  );
}
