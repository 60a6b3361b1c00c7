import { type FormEvent, useState } from 'react';
import { localIsoDate } from '../../../../main/contract/calendar-date';
import {
  type MeetingOutcome,
  type MeetingRecordInput,
  meetingOutcomes,
  meetingRecordInputSchema,
} from '../../../../main/contract/meeting-channels';
import { DateField } from '../../components/date-field';
import { type MeetingPlan, useMeetingStore } from '../../stores/pop-op-meeting-store';
import { MeetingAgreementsField } from './meeting-agreements-field';
import { FieldError, MeetingTextField } from './meeting-fields';

const outcomeChoices: Record<MeetingOutcome, { label: string; hint: string }> = {
  'voor-gezien': {
    label: 'Voor gezien',
    hint: 'Besproken; je leidinggevende heeft het plan gezien. Status: besproken.',
  },
  'voor-akkoord': { label: 'Voor akkoord', hint: 'Je leidinggevende is akkoord met het plan. Status: vastgesteld.' },
  aangepast: { label: 'Aangepast', hint: 'Jullie spraken wijzigingen af die je nog verwerkt. Status: besproken.' },
};

/** The contract's messages per field: 'heldOn', 'agreements.1', …, in the order of the form. */
function fieldErrors(input: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of meetingRecordInputSchema.safeParse(input).error?.issues ?? []) {
    errors[issue.path.map(String).join('.')] ??= issue.message;
  }
  const order = ['heldOn', 'withWhom', 'outcome', 'agreements', 'nextMeeting'];
  const rank = (key: string) => order.indexOf(key.split('.')[0] ?? '');
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

/** The field a message belongs to, for the links in the summary. */
function fieldIdOf(key: string): string {
  if (key.startsWith('agreements.')) return `afspraak-${Number(key.split('.')[1]) + 1}`;
  const ids: Record<string, string> = {
    heldOn: 'gesprek-datum',
    withWhom: 'gesprek-met',
    outcome: 'uitkomst-voor-gezien',
    agreements: 'afspraak-1',
    nextMeeting: 'volgend-gesprek',
  };
  return ids[key] ?? 'gesprek-datum';
}

/** What the form refused, above it, with a link to each field; it takes focus when the form is sent. */
function ErrorSummary({ errors }: { errors: Record<string, string> }) {
  return (
    <div id="gesprek-fouten" className="meeting-error-summary" tabIndex={-1} role="alert">
      <p>Het gesprek is nog niet vastgelegd. Verbeter wat hieronder staat:</p>
      <ul>
        {Object.entries(errors).map(([key, message]) => (
          <li key={key}>
            <a
              href={`#${fieldIdOf(key)}`}
              onClick={(event) => {
                // The app routes on the hash: move focus without changing it.
                event.preventDefault();
                document.getElementById(fieldIdOf(key))?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The record of the meeting: date, with whom, outcome, agreements and the next meeting; sent once, whole. */
export function MeetingForm({ plan }: { plan: MeetingPlan }) {
  const record = useMeetingStore((state) => state.record);
  const busy = useMeetingStore((state) => state.busy);
  // Dates are kept as the date field hands them over: ISO, '' or (a date that does not exist) as typed.
  const [heldOn, setHeldOn] = useState(plan.meetingDate || localIsoDate(new Date()));
  const [withWhom, setWithWhom] = useState(plan.manager);
  const [outcome, setOutcome] = useState<MeetingOutcome | ''>('');
  const [agreements, setAgreements] = useState<string[]>(['']);
  const [nextMeeting, setNextMeeting] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // An agreement field left empty is not an agreement: it goes, so the numbers match what is sent.
    const filled = agreements.filter((text) => text.trim() !== '');
    setAgreements(filled);
    const input = {
      planId: plan.id,
      heldOn,
      withWhom,
      outcome,
      agreements: filled,
      nextMeeting,
    };
    const found = fieldErrors(input);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => document.getElementById('gesprek-fouten')?.focus());
      return;
    }
    await record(input as MeetingRecordInput);
  };

  return (
    <form className="meeting-form" noValidate onSubmit={(event) => void submit(event)}>
      {Object.keys(errors).length > 0 && <ErrorSummary errors={errors} />}
      <DateField
        id="gesprek-datum"
        label="Datum van het gesprek"
        defaultValue={heldOn}
        onChange={setHeldOn}
        error={errors.heldOn}
      />
      <MeetingTextField
        id="gesprek-met"
        label="Met wie had je het gesprek?"
        hint="Bijvoorbeeld je leidinggevende."
        value={withWhom}
        onChange={setWithWhom}
        error={errors.withWhom}
      />
      <fieldset className="meeting-fieldset" aria-describedby={errors.outcome ? 'uitkomst-error' : undefined}>
        <legend>Uitkomst</legend>
        <FieldError id="uitkomst-error" message={errors.outcome} />
        {meetingOutcomes.map((choice) => (
          <div className="fin-choice" key={choice}>
            <input
              id={`uitkomst-${choice}`}
              type="radio"
              name="uitkomst"
              checked={outcome === choice}
              aria-describedby={`uitkomst-${choice}-hint`}
              onChange={() => setOutcome(choice)}
            />
            <label htmlFor={`uitkomst-${choice}`}>
              {outcomeChoices[choice].label}
              <span className="fin-choice-hint" id={`uitkomst-${choice}-hint`}>
                {outcomeChoices[choice].hint}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <MeetingAgreementsField agreements={agreements} errors={errors} onChange={setAgreements} />
      <DateField
        id="volgend-gesprek"
        label="Volgend gesprek of evaluatie (niet verplicht)"
        hint="Het plan krijgt deze datum als nieuwe gespreksdatum."
        defaultValue={nextMeeting}
        onChange={setNextMeeting}
        error={errors.nextMeeting}
      />
      <p className="form-hint">
        Bij het vastleggen bewaart het werkboek je plan zoals het nu is als nieuwe versie, met dit verslag erbij.
      </p>
      <p>
        <button type="submit" className="button-primary" disabled={busy}>
          Gesprek vastleggen
        </button>
      </p>
    </form>
  );
}
