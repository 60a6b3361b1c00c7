import { meetingLimits } from '../../../../main/contract/meeting-channels';
import { FieldError } from './meeting-fields';

/** The agreements made in the meeting: a text each, added and removed here (at most `meetingLimits.agreements`). */
export function MeetingAgreementsField({
  agreements,
  errors,
  onChange,
}: {
  agreements: string[];
  errors: Record<string, string>;
  onChange(agreements: string[]): void;
}) {
  const change = (index: number, text: string) => onChange(agreements.map((old, at) => (at === index ? text : old)));
  const remove = (index: number) => {
    onChange(agreements.filter((_, at) => at !== index));
    // The field below (or above) takes the place, so focus does not fall back to the page.
    requestAnimationFrame(() => {
      document.getElementById(`afspraak-${Math.min(index, agreements.length - 2) + 1}`)?.focus();
    });
  };
  const add = () => {
    onChange([...agreements, '']);
    requestAnimationFrame(() => document.getElementById(`afspraak-${agreements.length + 1}`)?.focus());
  };
  return (
    <fieldset className="meeting-fieldset">
      <legend>Afspraken</legend>
      <p className="form-hint">
        Wat hebben jullie afgesproken? Eén afspraak per veld, maximaal {meetingLimits.agreements}. Na het vastleggen kun
        je van een afspraak een actie in je plan maken.
      </p>
      <FieldError id="afspraken-error" message={errors.agreements} />
      {agreements.length === 0 && <p>Nog geen afspraken.</p>}
      <ol className="meeting-agreement-inputs">
        {agreements.map((text, index) => {
          const number = index + 1;
          const error = errors[`agreements.${index}`];
          return (
            // The position is the identity here: the list only grows at the end or loses an item.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index} className="form-field">
              <label htmlFor={`afspraak-${number}`}>Afspraak {number}</label>
              <textarea
                id={`afspraak-${number}`}
                rows={2}
                value={text}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `afspraak-${number}-error` : undefined}
                onChange={(event) => change(index, event.target.value)}
              />
              <FieldError id={`afspraak-${number}-error`} message={error} />
              <button type="button" className="button-subtle" onClick={() => remove(index)}>
                Afspraak {number} weghalen
              </button>
            </li>
          );
        })}
      </ol>
      {agreements.length < meetingLimits.agreements && (
        <button type="button" className="button-subtle" onClick={add}>
          Afspraak toevoegen
        </button>
      )}
    </fieldset>
  );
}
