import type { Advice, FinancingModelView, SensitivityStep } from '../../../../main/contract/financing-channels';

/** How robust the advice is: per weight, what one step lighter or heavier does to the ranking (computed in main). */
export function SensitivityView({ advice, model }: { advice: Advice; model: FinancingModelView }) {
  const { sensitivity } = advice;
  const rows = model.considerations
    .map((c) => ({
      consideration: c,
      lighter: sensitivity.steps.find((s) => s.considerationId === c.id && s.to < s.from),
      heavier: sensitivity.steps.find((s) => s.considerationId === c.id && s.to > s.from),
    }))
    .filter((row) => row.lighter || row.heavier);
  return (
    <section aria-labelledby="stevig-kop">
      <h2 id="stevig-kop">Hoe stevig is dit advies?</h2>
      <p className={sensitivity.robust ? 'fin-robust' : 'fin-sensitive'}>{sensitivity.summary}</p>
      <table className="data-table fin-sensitivity">
        <caption className="visually-hidden">Wat er gebeurt als je één gewicht een stap verandert</caption>
        <thead>
          <tr>
            <th scope="col">Afweging</th>
            <th scope="col">Eén stap lichter</th>
            <th scope="col">Eén stap zwaarder</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.consideration.id}>
              <th scope="row">{row.consideration.title}</th>
              <StepCell step={row.lighter} edge="Kan niet lichter." />
              <StepCell step={row.heavier} edge="Kan niet zwaarder." />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function StepCell({ step, edge }: { step: SensitivityStep | undefined; edge: string }) {
  if (!step) return <td className="fin-muted">{edge}</td>;
  return (
    <td className={step.topChanged ? 'fin-step-flip' : undefined}>
      {step.topChanged ? <strong>{step.effect}</strong> : step.effect}
    </td>
  );
}
