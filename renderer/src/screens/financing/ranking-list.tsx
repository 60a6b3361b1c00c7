import type { Advice, FinancingModelView } from '../../../../main/contract/financing-channels';
import { useFinancingStore } from '../../stores/financing-store';
import { LocalSchemeNote } from './local-scheme-note';
import { WhyPanel } from './why-panel';

const score = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** The forms that fit, best first: why each fits, the local scheme by name, its score, and a "Waarom" panel. */
export function RankingList({ advice, model }: { advice: Advice; model: FinancingModelView }) {
  const previousRanks = useFinancingStore((state) => state.previousRanks);
  return (
    <ol className="fin-ranking">
      {advice.ranking.map((ranked) => {
        const form = model.forms.find((f) => f.id === ranked.formId);
        if (!form) return null;
        const before = previousRanks[ranked.formId];
        const moved = before !== undefined && before !== ranked.rank ? before : undefined;
        return (
          <li key={ranked.formId} className={`fin-rank-item${ranked.rank === 1 ? ' fin-rank-top' : ''}`}>
            <div className="fin-rank-head">
              <h3>
                <span className="fin-rank-number">Plek {ranked.rank}:</span> {form.name}{' '}
                <span className="fin-tagline">({form.tagline})</span>
              </h3>
              <p className="fin-score">
                {score.format(ranked.score)} <span className="fin-muted">van 100</span>
                {moved !== undefined && (
                  <span className={`fin-moved ${moved > ranked.rank ? 'fin-moved-up' : 'fin-moved-down'}`}>
                    {moved > ranked.rank ? '▲' : '▼'} was plek {moved}
                  </span>
                )}
              </p>
            </div>
            <div className="fin-score-bar" aria-hidden="true">
              <span style={{ width: `${Math.max(1, ranked.score)}%` }} />
            </div>
            <p className="fin-what">{form.whatItDoes}</p>
            {ranked.fitsBecause.length > 0 && (
              <ul className="fin-fits">
                {ranked.fitsBecause.map((why) => (
                  <li key={why}>{why}</li>
                ))}
              </ul>
            )}
            <LocalSchemeNote matching={ranked.localSchemes} />
            <p className="fin-headline">{ranked.headline}</p>
            <details className="fin-details fin-why">
              <summary>
                Waarom plek {ranked.rank}? En wat is {form.name.toLocaleLowerCase('nl-NL')}?
              </summary>
              <WhyPanel ranked={ranked} form={form} model={model} />
            </details>
          </li>
        );
      })}
    </ol>
  );
}
