import type { FinancingModelView, Initiative } from '../../../../main/contract/financing-channels';
import { Markdown } from '../../components/markdown';
import { useFinancingStore } from '../../stores/financing-store';
import { stepHref } from './steps';
import { WeightControl } from './weight-control';

type Consideration = FinancingModelView['considerations'][number];

/** Step 2: the guide's six considerations, each a question with answers and a weight. */
export function ConsiderationsStep({ initiative, model }: { initiative: Initiative; model: FinancingModelView }) {
  const answered = Object.values(initiative.answers).filter((a) => a !== null && a !== 'weet-niet').length;
  return (
    <>
      <h2>Stap 2: De afwegingen</h2>
      <p className="lead">
        De gids noemt zes dingen om af te wegen. Kies bij elke vraag het antwoord dat het best past. Geef daarna aan hoe
        zwaar die vraag hier weegt.
      </p>
      <p className="fin-muted">{answered} van de 6 vragen beantwoord.</p>
      {model.considerations.map((consideration) => (
        <ConsiderationBlock
          key={consideration.id}
          consideration={consideration}
          initiative={initiative}
          model={model}
        />
      ))}
      <p className="fin-next">
        <a href={stepHref(initiative.id, 'advies')}>Bekijk het advies</a>
      </p>
    </>
  );
}

function ConsiderationBlock(props: {
  consideration: Consideration;
  initiative: Initiative;
  model: FinancingModelView;
}) {
  const { consideration, initiative, model } = props;
  const change = useFinancingStore((state) => state.change);
  const current = initiative.answers[consideration.id];
  const name = `antwoord-${consideration.id}`;
  return (
    <section className="fin-consideration" aria-labelledby={`kop-${consideration.id}`}>
      <h3 id={`kop-${consideration.id}`}>{consideration.title}</h3>
      <fieldset className="fin-fieldset">
        <legend>{consideration.question}</legend>
        <p className="form-hint">{consideration.hint}</p>
        {consideration.answers.map((answer) => (
          <div className="fin-choice" key={answer.id}>
            <input
              id={`${name}-${answer.id}`}
              type="radio"
              name={name}
              checked={current === answer.id}
              onChange={() => change({ answers: { [consideration.id]: answer.id } })}
            />
            <label htmlFor={`${name}-${answer.id}`}>{answer.label}</label>
          </div>
        ))}
      </fieldset>
      <WeightControl
        considerationId={consideration.id}
        label={`Hoe zwaar weegt ${consideration.title.toLocaleLowerCase('nl-NL')} hier?`}
        value={initiative.weights[consideration.id]}
        weights={model.weights}
        idPrefix="gewicht"
      />
      <details className="fin-details">
        <summary>Wat zegt de gids, en hoe telt je antwoord mee?</summary>
        <Markdown text={consideration.explanation} />
        <ul className="fin-looks-for">
          {consideration.answers
            .filter((answer) => answer.meaning.length > 0)
            .map((answer) => (
              <li key={answer.id}>
                <em>{answer.label}</em> {answer.meaning}
              </li>
            ))}
        </ul>
      </details>
    </section>
  );
}
