import type { RankedForm } from '../../../../main/contract/financing-channels';
import { formatEuros } from '../../lib/euro-amount';

type Matching = RankedForm['localSchemes'];

/** The municipality's own scheme(s) for a form, by name, with maximum, conditions and contact. */
export function LocalSchemeNote({ matching }: { matching: Matching }) {
  if (matching.length === 0) return null;
  return (
    <div className="fin-local">
      <p className="fin-local-title">{matching.length === 1 ? 'In jouw gemeente:' : 'In jouw gemeente zijn er:'}</p>
      <ul>
        {matching.map(({ scheme, amountNote }) => (
          <li key={scheme.id}>
            <strong>{scheme.name}</strong>
            {scheme.maxAmountEuros !== null && <> (tot {formatEuros(scheme.maxAmountEuros)})</>}.
            {scheme.conditions && <> Voorwaarden: {scheme.conditions}</>}
            {scheme.contact && <> Contact: {scheme.contact}</>}
            {amountNote && <span className="fin-local-warning"> {amountNote}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
