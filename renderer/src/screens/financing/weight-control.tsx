import type { FinancingModelView } from '../../../../main/contract/financing-channels';
import type { ConsiderationId } from '../../../../main/contract/guide-content';
import { useFinancingStore } from '../../stores/financing-store';

/**
 * A weight from 0 to 3 as a slider: arrow keys move one step, and screen readers hear the
 * step's words ("Weegt zwaar") rather than a bare number.
 */
export function WeightControl(props: {
  considerationId: ConsiderationId;
  label: string;
  value: number;
  weights: FinancingModelView['weights'];
  idPrefix: string;
}) {
  const change = useFinancingStore((state) => state.change);
  const id = `${props.idPrefix}-${props.considerationId}`;
  const words = props.weights.find((w) => w.value === props.value)?.label ?? String(props.value);
  const min = props.weights[0]?.value ?? 0;
  const max = props.weights.at(-1)?.value ?? 3;
  return (
    <div className="fin-weight">
      <label htmlFor={id}>{props.label}</label>
      <div className="fin-weight-row">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={1}
          value={props.value}
          aria-valuetext={words}
          onChange={(event) => change({ weights: { [props.considerationId]: Number(event.target.value) } })}
        />
        <output htmlFor={id} className={`fin-weight-words fin-weight-${props.value}`}>
          {words}
        </output>
      </div>
    </div>
  );
}
