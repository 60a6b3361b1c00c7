import type { Advice, FinancingModelView } from '../../../../main/contract/financing-channels';

const score = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const rowHeight = 34;
const top = 28;
const labelRight = 230;
const barLeft = 240;
const barWidth = 300;

/**
 * The nine forms on the guide's axis of government involvement (most at the top), each with
 * its score as a bar: a picture with a title and description, and the same data as a table.
 */
export function InvolvementAxis({ advice, model }: { advice: Advice; model: FinancingModelView }) {
  const forms = [...model.forms].sort((a, b) => b.involvement.value - a.involvement.value);
  const ranked = new Map(advice.ranking.map((r) => [r.formId, r]));
  const height = top + forms.length * rowHeight + 24;
  // A form that is not in the order gets no score: it does not fit what the initiative is for.
  const scoreText = (id: string) => {
    const r = ranked.get(id as Advice['ranking'][number]['formId']);
    return r ? score.format(r.score) : 'past niet';
  };
  const description = forms.map((form) => `${form.name}: ${scoreText(form.id)}`).join('; ');
  return (
    <section aria-labelledby="as-kop">
      <h2 id="as-kop">De vormen op de as van overheidsbetrokkenheid</h2>
      <p>
        De gids zet de vormen op volgorde: van veel naar weinig betrokkenheid van de gemeente. De balk laat zien hoe
        goed elke vorm past bij jouw antwoorden. “Past niet”: de vorm helpt niet bij waar het geld voor is.
      </p>
      <svg
        className="fin-axis"
        role="img"
        aria-labelledby="as-titel as-beschrijving"
        viewBox={`0 0 660 ${height}`}
        width="100%"
      >
        <title id="as-titel">Financieringsvormen van veel naar weinig overheidsbetrokkenheid, met hun score</title>
        <desc id="as-beschrijving">Van veel naar weinig betrokkenheid: {description}.</desc>
        <defs>
          <marker id="as-pijl" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="8" markerHeight="8" orient="auto">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#154273" />
          </marker>
        </defs>
        <line
          x1="16"
          y1={height - 16}
          x2="16"
          y2={top - 10}
          stroke="#154273"
          strokeWidth="3"
          markerEnd="url(#as-pijl)"
        />
        <text x="28" y={top - 12} className="fin-axis-end">
          meer betrokkenheid
        </text>
        <text x="28" y={height - 4} className="fin-axis-end">
          minder betrokkenheid
        </text>
        {forms.map((form, index) => {
          const r = ranked.get(form.id);
          const y = top + index * rowHeight;
          const width = ((r?.score ?? 0) / 100) * barWidth;
          return (
            <g key={form.id}>
              <text x={labelRight} y={y + 21} textAnchor="end" className="fin-axis-label">
                {form.name}
              </text>
              <rect x={barLeft} y={y + 6} width={barWidth} height={20} fill="#eef2f7" />
              <rect x={barLeft} y={y + 6} width={width} height={20} fill={r?.rank === 1 ? '#154273' : '#5b7fa6'} />
              <text x={barLeft + barWidth + 8} y={y + 21} className="fin-axis-score">
                {scoreText(form.id)}
                {r?.rank === 1 ? ' (bovenaan)' : ''}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="data-table fin-axis-table">
        <caption>De figuur als tabel, met de reden voor elke plek op de as</caption>
        <thead>
          <tr>
            <th scope="col">Vorm</th>
            <th scope="col">Betrokkenheid (9 = meest)</th>
            <th scope="col">Waarom hier</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {forms.map((form) => (
            <tr key={form.id}>
              <th scope="row">{form.name}</th>
              <td>{form.involvement.value}</td>
              <td>{form.involvement.reasoning}</td>
              <td>{scoreText(form.id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
