import type { FinancingModelView, RankedForm } from '../../../../main/contract/financing-channels';
import { Markdown } from '../../components/markdown';

type Form = FinancingModelView['forms'][number];

const points = new Intl.NumberFormat('nl-NL', {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const effects = { omhoog: '▲ omhoog', omlaag: '▼ omlaag', neutraal: '● geen verschil' } as const;

/** Why a form stands where it does (computed in main), and what the guide says about it. */
export function WhyPanel({ ranked, form, model }: { ranked: RankedForm; form: Form; model: FinancingModelView }) {
  const weightWords = (value: number) => model.weights.find((w) => w.value === value)?.label ?? String(value);
  const title = (id: string) => model.considerations.find((c) => c.id === id)?.title ?? id;
  return (
    <div className="fin-why-body">
      <h4>Uit de gids</h4>
      <Markdown text={form.explanation} />
      {form.example && (
        <div className="fin-example">
          <p>
            <strong>Voorbeeld: {form.example.place}</strong>
          </p>
          <Markdown text={form.example.text} />
        </div>
      )}
      <h4>Hoe je antwoorden voor {form.name.toLocaleLowerCase('nl-NL')} uitpakken</h4>
      <p className="fin-muted">
        Per afweging: hoe goed deze vorm past bij je antwoord, en hoeveel punten dat hem boven (+) of onder (−) het
        gemiddelde van de vormen in de volgorde zet. De afweging met het meeste effect staat bovenaan.
      </p>
      <ul className="fin-why-list">
        {ranked.contributions.map((c) => (
          <li key={c.considerationId}>
            <p className="fin-why-title">
              <strong>{title(c.considerationId)}</strong>{' '}
              <span className={`fin-effect fin-effect-${c.direction}`}>
                {effects[c.direction]} {c.direction !== 'neutraal' && <>{points.format(c.push)} punten</>}
              </span>
            </p>
            <p>
              Jouw antwoord: {c.answerLabel.replace(/\.$/, '')}{' '}
              <span className="fin-muted">({weightWords(c.weight).toLocaleLowerCase('nl-NL')})</span>.
            </p>
            {c.aspects.map((aspect) => (
              <p key={aspect.aspectId} className="fin-aspect">
                <strong>
                  {aspect.aspectName}: {aspect.fitWord}.
                </strong>{' '}
                <span className="fin-aspect-reason">{aspect.reasoning}</span>
              </p>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
