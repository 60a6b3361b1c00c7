import { useEffect, useRef, useState } from 'react';
import {
  type Factor,
  type FactorKind,
  type PopOpTemplateView,
  popOpLimits,
} from '../../../../main/contract/pop-op-channels';
import { ConfirmInline } from '../../components/confirm-inline';
import { TextField } from '../../components/text-field';
import { usePopOpStore } from '../../stores/pop-op-store';
import { QuestionPrompts } from './question-prompts';

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

function FactorItem({ factor, label, onRemoved }: { factor: Factor; label: string; onRemoved(): void }) {
  const error = usePopOpStore((state) => state.fieldErrors[`factor:${factor.id}`]);
  const busy = usePopOpStore((state) => state.busy);
  const focusFactorId = usePopOpStore((state) => state.focusFactorId);
  const { changeFactor, removeFactor, flushAll } = usePopOpStore.getState();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  // "Annuleren" or Escape puts focus back on the button that asked.
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => deleteButton.current?.focus());
  };
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusFactorId === factor.id) field.current?.focus();
  }, [focusFactorId, factor.id]);
  const remove = () => void removeFactor(factor.id).then(onRemoved);
  return (
    <li className="factor-item">
      <TextField
        label={label}
        inputRef={field}
        multiline
        rows={2}
        defaultValue={factor.text}
        error={error}
        onChange={(value) => changeFactor(factor.id, value)}
        onBlur={() => void flushAll()}
      />
      {confirming ? (
        <ConfirmInline
          question={`${label} verwijderen?`}
          confirmLabel="Ja, verwijderen"
          busy={busy}
          onConfirm={remove}
          onCancel={cancel}
        />
      ) : (
        <button
          ref={deleteButton}
          type="button"
          className="button-subtle"
          disabled={busy}
          // An empty line goes at once; one with text asks first, so nothing written disappears by a slip.
          onClick={() => (factor.text.trim() === '' ? remove() : setConfirming(true))}
        >
          Verwijderen<span className="visually-hidden"> ({label})</span>
        </button>
      )}
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
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <>
      <h3>{title}</h3>
      {factors.length === 0 ? (
        <p className="muted">Nog niets genoteerd.</p>
      ) : (
        <ul className="factor-list">
          {factors.map((factor, index) => (
            <FactorItem
              key={factor.id}
              factor={factor}
              label={`${item} ${index + 1}`}
              onRemoved={() => addButton.current?.focus()}
            />
          ))}
        </ul>
      )}
      <p>
        <button
          ref={addButton}
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
  const kansen = usePopOpStore((state) => state.plan?.kansen);
  const bedreigingen = usePopOpStore((state) => state.plan?.bedreigingen);
  const headingId = `vraag-${question.id}`;
  if (!kansen || !bedreigingen) return null;
  const factorsOf = { kansen, bedreigingen };
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
              factors={factorsOf[list.field]}
            />
          ))}
        </div>
        <QuestionPrompts question={question} />
      </div>
    </section>
  );
}
