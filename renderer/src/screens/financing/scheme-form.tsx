import { type FormEvent, type ReactNode, useState } from 'react';
import type { FinancingModelView, LocalScheme, LocalSchemeFields } from '../../../../main/contract/financing-channels';
import type { FinancingFormId } from '../../../../main/contract/guide-content';
import { formatEuros, parseEuros } from '../../lib/euro-amount';

interface Draft {
  name: string;
  formId: FinancingFormId | '';
  maxAmount: string;
  conditions: string;
  contact: string;
}

function draftOf(scheme: LocalScheme | undefined): Draft {
  return {
    name: scheme?.name ?? '',
    formId: scheme?.formId ?? '',
    maxAmount: scheme?.maxAmountEuros == null ? '' : String(scheme.maxAmountEuros),
    conditions: scheme?.conditions ?? '',
    contact: scheme?.contact ?? '',
  };
}

/** Checks what the user typed; main checks it again through the contract. */
function validate(draft: Draft): { fields?: LocalSchemeFields; problems: Partial<Record<keyof Draft, string>> } {
  const problems: Partial<Record<keyof Draft, string>> = {};
  if (!draft.name.trim()) problems.name = 'Geef de regeling een naam.';
  if (!draft.formId) problems.formId = 'Kies bij welke vorm uit de gids deze regeling hoort.';
  const amount = parseEuros(draft.maxAmount);
  if (!amount.ok) problems.maxAmount = amount.message;
  if (Object.keys(problems).length > 0 || !amount.ok || !draft.formId) return { problems };
  return {
    problems,
    fields: {
      name: draft.name,
      formId: draft.formId,
      maxAmountEuros: amount.value,
      conditions: draft.conditions,
      contact: draft.contact,
    },
  };
}

/** Adds or changes one of the municipality's own schemes. */
export function SchemeForm(props: {
  model: FinancingModelView;
  scheme?: LocalScheme;
  onSave(fields: LocalSchemeFields): Promise<string | undefined>;
  onCancel?(): void;
}) {
  const [draft, setDraft] = useState(() => draftOf(props.scheme));
  const [problems, setProblems] = useState<Partial<Record<keyof Draft, string>>>({});
  const [refusal, setRefusal] = useState<string>();
  const prefix = `regeling-${props.scheme?.id ?? 'nieuw'}`;
  const set = (field: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(draft);
    setProblems(checked.problems);
    if (!checked.fields) {
      document.getElementById(`${prefix}-${Object.keys(checked.problems)[0]}`)?.focus();
      return;
    }
    const message = await props.onSave(checked.fields);
    setRefusal(message);
    if (!message && !props.scheme) setDraft(draftOf(undefined));
  }

  return (
    <form className="form fin-scheme-form" onSubmit={(event) => void submit(event)} noValidate>
      <SchemeFields prefix={prefix} draft={draft} problems={problems} set={set} model={props.model} />
      {refusal && (
        <p className="error-message" role="alert">
          {refusal}
        </p>
      )}
      <p className="button-row">
        <button type="submit" className="fin-button-primary">
          {props.scheme ? 'Wijzigingen bewaren' : 'Regeling toevoegen'}
        </button>
        {props.onCancel && (
          <button type="button" className="fin-button-secondary" onClick={props.onCancel}>
            Annuleren
          </button>
        )}
      </p>
    </form>
  );
}

/** The five fields of a scheme, each with its label, hint and error. */
function SchemeFields(props: {
  prefix: string;
  draft: Draft;
  problems: Partial<Record<keyof Draft, string>>;
  set(field: keyof Draft): (value: string) => void;
  model: FinancingModelView;
}) {
  const { prefix, draft, problems, set } = props;
  const amount = parseEuros(draft.maxAmount);
  return (
    <>
      <Field id={`${prefix}-name`} label="Naam van de regeling" problem={problems.name}>
        {(aria) => <input {...aria} type="text" value={draft.name} onChange={(e) => set('name')(e.target.value)} />}
      </Field>
      <Field id={`${prefix}-formId`} label="Welke vorm uit de gids is het?" problem={problems.formId}>
        {(aria) => (
          <select {...aria} className="fin-select" value={draft.formId} onChange={(e) => set('formId')(e.target.value)}>
            <option value="">Kies een vorm</option>
            {props.model.forms.map((form) => (
              <option key={form.id} value={form.id}>
                {form.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={`${prefix}-maxAmount`}
        label="Maximumbedrag per initiatief (als er een is)"
        hint={amount.ok && amount.value !== null ? `Dat is ${formatEuros(amount.value)}.` : 'Bijvoorbeeld 5.000.'}
        problem={problems.maxAmount}
      >
        {(aria) => (
          <input
            {...aria}
            type="text"
            inputMode="numeric"
            className="fin-amount"
            value={draft.maxAmount}
            onChange={(e) => set('maxAmount')(e.target.value)}
          />
        )}
      </Field>
      <Field id={`${prefix}-conditions`} label="Voorwaarden" problem={problems.conditions}>
        {(aria) => (
          <textarea {...aria} rows={3} value={draft.conditions} onChange={(e) => set('conditions')(e.target.value)} />
        )}
      </Field>
      <Field id={`${prefix}-contact`} label="Contact (naam, e-mail of telefoon)" problem={problems.contact}>
        {(aria) => (
          <input {...aria} type="text" value={draft.contact} onChange={(e) => set('contact')(e.target.value)} />
        )}
      </Field>
    </>
  );
}

interface FieldAria {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** A labelled field with an optional hint and an error message tied to it. */
function Field(props: {
  id: string;
  label: string;
  hint?: string;
  problem?: string;
  children(aria: FieldAria): ReactNode;
}) {
  const described = [props.hint ? `${props.id}-hint` : '', props.problem ? `${props.id}-fout` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="form-field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint && (
        <p className="form-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.children({
        id: props.id,
        'aria-invalid': props.problem ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {props.problem && (
        <p className="error-message" id={`${props.id}-fout`} role="alert">
          {props.problem}
        </p>
      )}
    </div>
  );
}
