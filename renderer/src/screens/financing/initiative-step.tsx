import { useState } from 'react';
import type { FinancingModelView, Initiative } from '../../../../main/contract/financing-channels';
import { TextField } from '../../components/text-field';
import { formatEuros, parseEuros } from '../../lib/euro-amount';
import { useFinancingStore } from '../../stores/financing-store';
import { MoneyQuestion } from './money-question';
import { stepHref } from './steps';

const plainNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** Page 1: what the initiative is, and step 1 of the helper: is money the question? */
export function InitiativeStep({ initiative, model }: { initiative: Initiative; model: FinancingModelView }) {
  const change = useFinancingStore((state) => state.change);
  const flush = useFinancingStore((state) => state.flush);
  return (
    <>
      <section aria-labelledby="over-kop">
        <h2 id="over-kop">Over het initiatief</h2>
        <p>Wat je typt, wordt meteen bewaard.</p>
        <form className="form fin-form" onSubmit={(event) => event.preventDefault()}>
          <NameField key={`naam-${initiative.id}`} initial={initiative.name} />
          <TextField
            key={`omschrijving-${initiative.id}`}
            label="Korte omschrijving"
            hint="Wie wil wat, en voor wie?"
            multiline
            rows={3}
            defaultValue={initiative.description}
            onChange={(value) => change({ description: value })}
            onBlur={() => void flush()}
          />
          <AmountField key={initiative.id} initial={initiative.amountEuros} />
          <div className="form-field">
            <label htmlFor="fin-timing">Wanneer is het geld nodig? (als je het weet)</label>
            <input
              id="fin-timing"
              type="text"
              autoComplete="off"
              value={initiative.timingNote}
              onChange={(event) => change({ timingNote: event.target.value })}
              onBlur={() => void flush()}
            />
          </div>
          <TextField
            key={`notities-${initiative.id}`}
            label="Notities"
            multiline
            rows={4}
            defaultValue={initiative.notes}
            onChange={(value) => change({ notes: value })}
            onBlur={() => void flush()}
          />
        </form>
      </section>
      <MoneyQuestion initiative={initiative} model={model} />
      <p className="fin-next">
        <a href={stepHref(initiative.id, 'afwegingen')}>Verder naar de afwegingen</a>
      </p>
    </>
  );
}

/** The name as typed; an empty name is not saved (an initiative always has one), and says so. */
function NameField({ initial }: { initial: string }) {
  const change = useFinancingStore((state) => state.change);
  const flush = useFinancingStore((state) => state.flush);
  const [text, setText] = useState(initial);
  const empty = text.trim() === '';
  return (
    <div className="form-field">
      <label htmlFor="fin-naam">Naam van het initiatief</label>
      <input
        id="fin-naam"
        type="text"
        autoComplete="off"
        value={text}
        aria-invalid={empty ? true : undefined}
        aria-describedby={empty ? 'fin-naam-fout' : undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.trim() !== '') change({ name: event.target.value });
        }}
        onBlur={() => void flush()}
      />
      {empty && (
        <p className="error-message" id="fin-naam-fout" role="alert">
          Een initiatief heeft een naam nodig. Zolang dit veld leeg is, bewaart het werkboek de vorige naam.
        </p>
      )}
    </div>
  );
}

/** The amount as typed (Dutch notation allowed); saved only once it reads as whole euros. */
function AmountField({ initial }: { initial: number | null }) {
  const change = useFinancingStore((state) => state.change);
  const [text, setText] = useState(initial === null ? '' : plainNumber.format(initial));
  const [problem, setProblem] = useState<string>();
  const parsed = parseEuros(text);
  return (
    <div className="form-field">
      <label htmlFor="fin-bedrag">Hoeveel geld is ongeveer nodig? (in euro’s, als je het weet)</label>
      <p className="form-hint" id="fin-bedrag-hint">
        Bijvoorbeeld 2500 of 2.500. Het bedrag helpt kiezen: een wijkbudget of initiatievenfonds is voor kleinere
        bedragen.
        {parsed.ok && parsed.value !== null && <> Dat is {formatEuros(parsed.value)}.</>}
      </p>
      <input
        id="fin-bedrag"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="fin-amount"
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'fin-bedrag-hint fin-bedrag-fout' : 'fin-bedrag-hint'}
        onChange={(event) => {
          setText(event.target.value);
          const result = parseEuros(event.target.value);
          if (result.ok) {
            setProblem(undefined);
            change({ amountEuros: result.value });
          }
        }}
        onBlur={() => setProblem(parsed.ok ? undefined : parsed.message)}
      />
      {problem && (
        <p className="error-message" id="fin-bedrag-fout" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
