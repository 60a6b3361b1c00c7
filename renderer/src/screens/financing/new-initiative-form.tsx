import { type FormEvent, useEffect, useRef, useState } from 'react';
import { routeHref } from '../../app/routes';
import { useFinancingStore } from '../../stores/financing-store';

/**
 * "Nieuw initiatief" asks for a name first and creates nothing until there is one, so the
 * list never fills with empty records.
 */
export function NewInitiativeForm() {
  const create = useFinancingStore((state) => state.create);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setProblem('Geef het initiatief eerst een naam. Daarna maakt het werkboek het aan.');
      input.current?.focus();
      return;
    }
    const id = await create(name);
    if (id !== undefined) window.location.hash = routeHref('/financiering', id);
  }

  function cancel() {
    setOpen(false);
    setName('');
    setProblem(undefined);
    requestAnimationFrame(() => opener.current?.focus());
  }

  if (!open)
    return (
      <p>
        <button ref={opener} type="button" className="fin-button-primary" onClick={() => setOpen(true)}>
          Nieuw initiatief
        </button>
      </p>
    );
  return (
    <form className="form fin-new" onSubmit={(event) => void submit(event)} noValidate>
      <div className="form-field">
        <label htmlFor="fin-nieuw-naam">Naam van het nieuwe initiatief</label>
        <p className="form-hint" id="fin-nieuw-hint">
          Bijvoorbeeld “Buurtmoestuin De Linde”. Je kunt de naam later nog veranderen.
        </p>
        <input
          ref={input}
          id="fin-nieuw-naam"
          type="text"
          autoComplete="off"
          value={name}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'fin-nieuw-hint fin-nieuw-fout' : 'fin-nieuw-hint'}
          onChange={(event) => {
            setName(event.target.value);
            if (event.target.value.trim()) setProblem(undefined);
          }}
        />
        {problem && (
          <p className="error-message" id="fin-nieuw-fout" role="alert">
            {problem}
          </p>
        )}
      </div>
      <p className="button-row">
        <button type="submit" className="fin-button-primary">
          Initiatief aanmaken
        </button>
        <button type="button" className="fin-button-secondary" onClick={cancel}>
          Annuleren
        </button>
      </p>
    </form>
  );
}
