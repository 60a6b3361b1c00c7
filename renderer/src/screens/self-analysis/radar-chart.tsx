import { useId } from 'react';
import { type RadarGeometry, radarGeometry, svgPoints } from '../../../../main/contract/radar-geometry';
import { formatAverage } from '../../../../main/contract/self-analysis-format';

/** One axis of the radar: a theme with its average, or null while it is not complete. */
export interface RadarAxisValue {
  label: string;
  average: number | null;
}

const full = { size: 340, padding: 56, max: 4, ringValues: [1, 2, 3, 4], labelOffset: 20 };
/**
 * A narrow column (the POP-OP side panel) cannot hold theme names beside the chart at a
 * readable size: there the axes carry numbers, and the table below names each number's theme.
 */
const compact = { ...full, size: 240, padding: 28, labelOffset: 12 };
// Extra room left and right so long theme names ("Organisatieverandering") fit beside the full chart.
const sideRoom = { full: 160, compact: 0 };

const averageText = (average: number | null) => (average === null ? 'niet compleet' : formatAverage(average));

/**
 * The five theme averages as a radar chart (SVG role="img" with a title) and, beside it, the
 * same numbers as a table. `compact` numbers the axes instead of naming them, for narrow columns.
 */
export function RadarChart(props: { axes: RadarAxisValue[]; caption: string; compact?: boolean }) {
  const { axes, caption } = props;
  const titleId = useId();
  const options = props.compact ? compact : full;
  const side = props.compact ? sideRoom.compact : sideRoom.full;
  const geometry = radarGeometry({ ...options, values: axes.map((axis) => axis.average) });
  const summary = axes.map((axis) => `${axis.label} ${averageText(axis.average)}`).join(', ');
  return (
    <figure className={props.compact ? 'radar radar--compact' : 'radar'}>
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`${-side} 0 ${options.size + 2 * side} ${options.size}`}
        className="radar-svg"
      >
        <title id={titleId}>{`${caption}: ${summary}. Schaal van 1 tot 4; hoe verder naar buiten, hoe hoger.`}</title>
        <RadarShape geometry={geometry} keys={axes.map((axis) => axis.label)} />
        {geometry.axes.map((axis, index) => {
          const axisValue = axes[index];
          if (!axisValue) return null;
          // Labels above the centre grow upwards, those below grow downwards, so none covers the chart.
          const above = axis.label.y < geometry.center.y - 1;
          // Compact: a number the table beside the chart names; full: the theme and its average.
          return (
            <text
              key={axisValue.label}
              className="radar-label"
              x={axis.label.x}
              y={above ? axis.label.y - (props.compact ? 4 : 18) : axis.label.y + 14}
              textAnchor={axis.anchor}
            >
              {props.compact ? (
                index + 1
              ) : (
                <>
                  {axisValue.label}
                  <tspan className="radar-label-value" x={axis.label.x} dy="1.2em">
                    {averageText(axisValue.average)}
                  </tspan>
                </>
              )}
            </text>
          );
        })}
      </svg>
      <table className="data-table radar-table">
        <caption>{caption} in cijfers</caption>
        <thead>
          <tr>
            <th scope="col">Thema</th>
            <th scope="col">Gemiddelde (1–4)</th>
          </tr>
        </thead>
        <tbody>
          {axes.map((axis, index) => (
            <tr key={axis.label}>
              <th scope="row">{props.compact ? `${index + 1}. ${axis.label}` : axis.label}</th>
              <td>{axis.average === null ? 'Nog niet compleet' : formatAverage(axis.average)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Rings, axes, ring values and the filled shape: the same in both sizes. */
function RadarShape({ geometry, keys }: { geometry: RadarGeometry; keys: string[] }) {
  return (
    <>
      {geometry.rings.map((ring) => (
        <polygon key={ring.value} className="radar-ring" points={svgPoints(ring.points)} />
      ))}
      {geometry.axes.map((axis, index) => (
        <line
          key={keys[index]}
          className="radar-axis"
          x1={geometry.center.x}
          y1={geometry.center.y}
          x2={axis.end.x}
          y2={axis.end.y}
        />
      ))}
      {geometry.rings.map((ring) => (
        <text key={ring.value} className="radar-ring-label" x={geometry.center.x + 4} y={(ring.points[0]?.y ?? 0) - 3}>
          {ring.value}
        </text>
      ))}
      {geometry.polygon && <polygon className="radar-shape" points={svgPoints(geometry.polygon)} />}
      {geometry.points.map((point, index) =>
        point ? <circle key={keys[index]} className="radar-point" cx={point.x} cy={point.y} r={4.5} /> : null,
      )}
    </>
  );
}
