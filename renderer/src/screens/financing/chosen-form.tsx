import type { FinancingModelView, Initiative } from '../../../../main/contract/financing-channels';
import type { FinancingFormId } from '../../../../main/contract/guide-content';
import { useFinancingStore } from '../../stores/financing-store';

/** After the conversation: the form chosen with the initiator (optional). */
export function ChosenForm({ initiative, model }: { initiative: Initiative; model: FinancingModelView }) {
  const change = useFinancingStore((state) => state.change);
  return (
    <section aria-labelledby="keuze-kop">
      <h2 id="keuze-kop">Jullie keuze</h2>
      <div className="form-field form">
        <label htmlFor="fin-keuze">Welke vorm kiezen jullie na het gesprek?</label>
        <p className="form-hint" id="fin-keuze-hint">
          Dat hoeft niet de vorm te zijn die bovenaan staat. Leg in de notities uit waarom.
        </p>
        <select
          id="fin-keuze"
          className="fin-select"
          aria-describedby="fin-keuze-hint"
          value={initiative.chosenFormId ?? ''}
          onChange={(event) =>
            change({ chosenFormId: event.target.value === '' ? null : (event.target.value as FinancingFormId) })
          }
        >
          <option value="">Nog niet gekozen</option>
          {model.forms.map((form) => (
            <option key={form.id} value={form.id}>
              {form.name}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
