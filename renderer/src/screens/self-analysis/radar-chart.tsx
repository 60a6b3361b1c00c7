import { useId } from 'react';
import { radarGeometry, svgPoints } from '../../../../main/contract/radar-geometry';
import { formatAverage } from '../../../../main/contract/self-analysis-format';

/** One axis of the radar: a theme with its average, or null while it is not complete. */
export interface RadarAxisValue {
  label: string;
  average: number | null;
}

const size = 340;
const geometryOptions = { size, padding: 56, max: 4, ringValues: [1, 2, 3, 4], labelOffset: 20 };
// Extra room left and right so long theme names ("Organisatieverandering") fit beside the chart.
const sideRoom = 160;

/** The five theme averages as a radar chart (SVG role="img" with a title) and, beside it, the same numbers as a table. */
export function RadarChart({ axes, caption }: { axes: RadarAxisValue[]; caption: string }) {
  const titleId = useId();
  const geometry = radarGeometry({ ...geometryOptions, values: axes.map((axis) => axis.average) });
  const summary = axes
    .map((axis) => `${axis.label} ${axis.average === null ? 'nog niet compleet' : formatAverage(axis.average)}`)
    .join(', ');
  return (
    <figure className="radar">
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`${-sideRoom} 0 ${size + 2 * sideRoom} ${size}`}
        className="radar-svg"
      >
        <title id={titleId}>{`${caption}: ${summary}. Schaal van 1 tot 4; hoe verder naar buiten, hoe hoger.`}</title>
        {geometry.rings.map((ring) => (
          <polygon key={ring.value} className="radar-ring" points={svgPoints(ring.points)} />
        ))}
        {geometry.axes.map((axis, index) => (
          <line
            key={axes[index]?.label}
            className="radar-axis"
            x1={geometry.center.x}
            y1={geometry.center.y}
            x2={axis.end.x}
            y2={axis.end.y}
          />
        ))}
        {geometry.rings.map((ring) => (
          <text
            key={ring.value}
            className="radar-ring-label"
            x={geometry.center.x + 4}
            y={(ring.points[0]?.y ?? 0) - 3}
          >
            {ring.value}
          </text>
        ))}
        {geometry.polygon && <polygon className="radar-shape" points={svgPoints(geometry.polygon)} />}
        {geometry.points.map((point, index) =>
          point ? <circle key={axes[index]?.label} className="radar-point" cx={point.x} cy={point.y} r={4.5} /> : null,
        )}
        {geometry.axes.map((axis, index) => {
          const axisValue = axes[index];
          if (!axisValue) return null;
          // Labels above the centre grow upwards, those below grow downwards, so none covers the chart.
          const y = axis.label.y < geometry.center.y - 1 ? axis.label.y - 18 : axis.label.y + 14;
          return (
            <text key={axisValue.label} className="radar-label" x={axis.label.x} y={y} textAnchor={axis.anchor}>
              {axisValue.label}
              <tspan className="radar-label-value" x={axis.label.x} dy="1.2em">
                {axisValue.average === null ? 'niet compleet' : formatAverage(axisValue.average)}
              </tspan>
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
          {axes.map((axis) => (
            <tr key={axis.label}>
              <th scope="row">{axis.label}</th>
              <td>{axis.average === null ? 'Nog niet compleet' : formatAverage(axis.average)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
