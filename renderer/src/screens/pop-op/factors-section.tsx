import {
  type Factor,
  type FactorKind,
  type PopOpTemplateView,
  popOpLimits,
} from '../../../../main/contract/pop-op-channels';
import { usePopOpStore } from '../../stores/pop-op-store';
import { QuestionPrompts } from './question-prompts';
import { TextField } from './text-field';

type Question = PopOpTemplateView['questions'][number];

const lists = [
  { kind: 'kans', field: 'kansen', title: 'Kansen: wat of wie geeft je vaart?', item: 'Kans', add: 'Kans toevoegen' },
  {
    kind: 'bedreiging',
    field: 'bedreigingen',
    title: 'Bedreigingen: wat of wie houdt je tegen?',
    item: 'Bedreiging',
    add: 'Bedreiging toevoegen',
  },
] as const;

function FactorItem({ factor, label }: { factor: Factor; label: string }) {
  const error = usePopOpStore((state) => state.fieldErrors[`factor:${factor.id}`]);
  const busy = usePopOpStore((state) => state.busy);
  const { changeFactor, removeFactor, flushAll } = usePopOpStore.getState();
  return (
    <li className="factor-item">
      <TextField
        label={label}
        multiline
        rows={2}
        defaultValue={factor.text}
        error={error}
        onChange={(value) => changeFactor(factor.id, value)}
        onBlur={() => void flushAll()}
      />
      <button type="button" className="button-subtle" disabled={busy} onClick={() => void removeFactor(factor.id)}>
        Verwijderen<span className="visually-hidden"> ({label})</span>
      </button>
    </li>
  );
}

function FactorList({
  kind,
  title,
  item,
  add,
  factors,
}: {
  kind: FactorKind;
  title: string;
  item: string;
  add: string;
  factors: Factor[];
}) {
  const busy = usePopOpStore((state) => state.busy);
  const addFactor = usePopOpStore((state) => state.addFactor);
  return (
    <>
      <h3>{title}</h3>
      {factors.length === 0 ? (
        <p className="muted">Nog niets genoteerd.</p>
      ) : (
        <ul className="factor-list">
          {factors.map((factor, index) => (
            <FactorItem key={factor.id} factor={factor} label={`${item} ${index + 1}`} />
          ))}
        </ul>
      )}
      <p>
        <button
          type="button"
          className="button-subtle"
          disabled={busy || factors.length >= popOpLimits.factorsPerKind}
          onClick={() => void addFactor(kind)}
        >
          {add}
        </button>
      </p>
    </>
  );
}

/** Question 5: kansen (what gives you momentum) and bedreigingen (what holds you back). */
export function FactorsSection({ question }: { question: Question }) {
  const plan = usePopOpStore((state) => state.plan);
  const headingId = `vraag-${question.id}`;
  if (!plan) return null;
  return (
    <section className="pop-op-question" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {question.number}. {question.title}
      </h2>
      <div className="question-layout">
        <div>
          {lists.map((list) => (
            <FactorList
              key={list.kind}
              kind={list.kind}
              title={list.title}
              item={list.item}
              add={list.add}
              factors={plan[list.field]}
            />
          ))}
        </div>
        <QuestionPrompts question={question} />
      </div>
    </section>
  );
}
