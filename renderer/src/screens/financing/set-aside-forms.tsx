import type { Advice, FinancingModelView } from '../../../../main/contract/financing-channels';
import { LocalSchemeNote } from './local-scheme-note';

/**
 * The forms that are not in the order: "Ook interessant" (worth knowing, but no money for the
 * initiative or not for this purpose) and the ones that do not fit, each with the reason.
 */
export function SetAsideForms({ advice, model }: { advice: Advice; model: FinancingModelView }) {
  const name = (id: string) => model.forms.find((f) => f.id === id)?.name ?? id;
  return (
    <>
      {advice.alsoInteresting.length > 0 && (
        <section aria-labelledby="ook-kop" className="fin-also">
          <h2 id="ook-kop">Ook interessant</h2>
          <p className="fin-muted">
            Deze vormen staan niet in de volgorde: ze betalen niet wat het initiatief zoekt. Onder een voorwaarde kunnen
            ze wel helpen.
          </p>
          <ul className="fin-also-list">
            {advice.alsoInteresting.map((item) => (
              <li key={item.formId}>
                <strong>{name(item.formId)}</strong>: {item.why}
                <LocalSchemeNote matching={item.localSchemes} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {advice.excluded.length > 0 && (
        <details className="fin-details fin-excluded">
          <summary>Past niet bij deze vraag ({advice.excluded.length})</summary>
          <ul>
            {advice.excluded.map((item) => (
              <li key={item.formId}>
                <strong>{name(item.formId)}</strong>: {item.why}
              </li>
            ))}
          </ul>
          <p className="fin-muted">Over de bedragen: {model.amountSource}</p>
        </details>
      )}
    </>
  );
}
