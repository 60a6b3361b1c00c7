import type { FinancingModelView, Initiative, NeedId, PurposeId } from '../../../../main/contract/financing-channels';
import { Markdown } from '../../components/markdown';
import { useFinancingStore } from '../../stores/financing-store';

/** Step 1: what the initiative needs, how much money matters, and main's verdict with support without money. */
export function MoneyQuestion({ initiative, model }: { initiative: Initiative; model: FinancingModelView }) {
  const change = useFinancingStore((state) => state.change);
  const verdict = useFinancingStore((state) => state.verdict);

  const toggle = (need: NeedId, on: boolean) =>
    change({
      needs: model.needs.map((n) => n.id).filter((id) => (id === need ? on : initiative.needs.includes(id))),
    });

  const support = model.nonFinancialSupport.filter((s) => verdict?.supportIds.includes(s.id));
  return (
    <section aria-labelledby="geldvraag-kop">
      <h2 id="geldvraag-kop">Stap 1: Is geld de vraag?</h2>
      <p>Volgens de gids speelt geld vaak geen cruciale rol. Kijk daarom eerst wat het initiatief echt nodig heeft.</p>
      <fieldset className="fin-fieldset">
        <legend>Wat heeft het initiatief nodig?</legend>
        <p className="form-hint">Kruis alles aan wat geldt.</p>
        {model.needs.map((need) => (
          <div className="fin-choice" key={need.id}>
            <input
              id={`behoefte-${need.id}`}
              type="checkbox"
              checked={initiative.needs.includes(need.id)}
              aria-describedby={`behoefte-${need.id}-hint`}
              onChange={(event) => toggle(need.id, event.target.checked)}
            />
            <label htmlFor={`behoefte-${need.id}`}>
              {need.label}
              <span className="fin-choice-hint" id={`behoefte-${need.id}-hint`}>
                {need.hint}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="fin-fieldset">
        <legend>Hoe belangrijk is geld voor dit initiatief?</legend>
        {model.moneyRoles.map((role) => (
          <div className="fin-choice" key={role.id}>
            <input
              id={`geldrol-${role.id}`}
              type="radio"
              name="geldrol"
              checked={initiative.moneyRole === role.id}
              onChange={() => change({ moneyRole: role.id })}
            />
            <label htmlFor={`geldrol-${role.id}`}>{role.label}</label>
          </div>
        ))}
      </fieldset>
      <PurposesFieldset initiative={initiative} model={model} />
      {verdict && (
        <div className={`fin-verdict fin-verdict-${verdict.kind}`} aria-live="polite">
          <h3>{verdict.title}</h3>
          <p>{verdict.message}</p>
          {support.length > 0 && (
            <>
              <p>
                {verdict.kind === 'geld-kern'
                  ? 'Zo kun je daarnaast helpen:'
                  : 'Zo kun je vanuit de gemeente helpen zonder geld:'}
              </p>
              <ul className="fin-support">
                {support.map((item) => (
                  <li key={item.id}>
                    <strong>{item.name}</strong>
                    <Markdown text={item.description} className="fin-support-text" />
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}

/** What the money is for, or what the initiative wants: this decides which forms can help at all. */
function PurposesFieldset({ initiative, model }: { initiative: Initiative; model: FinancingModelView }) {
  const change = useFinancingStore((state) => state.change);
  const togglePurpose = (purpose: PurposeId, on: boolean) =>
    change({
      purposes: model.purposes
        .map((p) => p.id)
        .filter((id) => (id === purpose ? on : initiative.purposes.includes(id))),
    });
  return (
    <fieldset className="fin-fieldset">
      <legend>Waar gaat het om?</legend>
      <p className="form-hint">
        Kruis alles aan wat geldt. Dit bepaalt welke vormen kunnen helpen. Een vorm die geen geld geeft, staat nooit in
        het advies als manier om het initiatief te betalen.
      </p>
      {model.purposes.map((purpose) => (
        <div className="fin-choice" key={purpose.id}>
          <input
            id={`doel-${purpose.id}`}
            type="checkbox"
            checked={initiative.purposes.includes(purpose.id)}
            aria-describedby={`doel-${purpose.id}-hint`}
            onChange={(event) => togglePurpose(purpose.id, event.target.checked)}
          />
          <label htmlFor={`doel-${purpose.id}`}>
            {purpose.label}
            <span className="fin-choice-hint" id={`doel-${purpose.id}-hint`}>
              {purpose.hint}
            </span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
