import { useId } from 'react';
import { svgPoints } from '../../../../main/contract/radar-geometry';
import { formatAverage, formatDateTime, formatShortDate } from '../../../../main/contract/self-analysis-format';
import { trendGeometry } from './trend-geometry';

const box = { width: 300, height: 160, padding: { top: 10, right: 12, bottom: 28, left: 24 }, min: 1, max: 4 };

/** One theme's complete averages over time as a line (SVG role="img"); the numbers are in the table on the page. */
export function TrendChart({
  title,
  points,
}: {
  title: string;
  points: readonly { createdAt: string; average: number }[];
}) {
  const titleId = useId();
  const first = points[0];
  const last = points.at(-1);
  const description =
    !first || !last
      ? `${title}: nog geen complete zelfanalyse.`
      : points.length === 1
        ? `${title}: één meting, ${formatAverage(first.average)} op ${formatDateTime(first.createdAt)}.`
        : `${title}: ${points.length} metingen, van ${formatAverage(first.average)} op ${formatDateTime(first.createdAt)} ` +
          `naar ${formatAverage(last.average)} op ${formatDateTime(last.createdAt)}.`;
  const geometry = trendGeometry(
    points.map((point) => ({ time: Date.parse(point.createdAt), value: point.average })),
    box,
  );
  return (
    <figure className="trend">
      <figcaption className="trend-title">{title}</figcaption>
      <svg role="img" aria-labelledby={titleId} viewBox={`0 0 ${box.width} ${box.height}`} className="trend-svg">
        <title id={titleId}>{description}</title>
        {geometry.gridLines.map((line) => (
          <g key={line.value}>
            <line className="trend-grid" x1={geometry.plot.left} x2={geometry.plot.right} y1={line.y} y2={line.y} />
            <text className="trend-tick" x={geometry.plot.left - 8} y={line.y + 4} textAnchor="end">
              {line.value}
            </text>
          </g>
        ))}
        {geometry.points.length > 1 && <polyline className="trend-line" points={svgPoints(geometry.points)} />}
        {geometry.points.length <= 60 &&
          geometry.points.map((point, index) => (
            <circle key={points[index]?.createdAt ?? index} className="trend-point" cx={point.x} cy={point.y} r={3.5} />
          ))}
        {first && (
          <text className="trend-tick" x={geometry.plot.left} y={box.height - 6} textAnchor="start">
            {formatShortDate(first.createdAt)}
          </text>
        )}
        {last && points.length > 1 && (
          <text className="trend-tick" x={geometry.plot.right} y={box.height - 6} textAnchor="end">
            {formatShortDate(last.createdAt)}
          </text>
        )}
        {!first && (
          <text className="trend-empty" x={box.width / 2} y={box.height / 2} textAnchor="middle">
            Nog geen complete meting
          </text>
        )}
      </svg>
    </figure>
  );
}
