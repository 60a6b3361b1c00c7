import { useId } from 'react';
import { type Point, radarGeometry, svgPoints } from '../../../../main/contract/radar-geometry';
import type { ThemeAggregate } from '../../../../main/contract/team-channels';

// The guide's scale runs from 1 to 4: 1 is the centre, as in the self-analysis radar.
const options = { size: 340, padding: 56, min: 1, max: 4, ringValues: [1, 2, 3, 4], labelOffset: 20 };
const side = 160;

const geometryOf = (values: readonly (number | null)[]) => radarGeometry({ ...options, values });
const ring = (points: readonly Point[]) => `M${svgPoints(points).replaceAll(' ', 'L')}Z`;

/**
 * The team radar: the median per theme as a line, the middle half (first to third quartile)
 * as a band around it, and the coordinator's own profile as a dashed line when asked for.
 * The same figures stand in the table beside it.
 */
export function TeamRadar({ themes, own }: { themes: ThemeAggregate[]; own: (number | null)[] | undefined }) {
  const titleId = useId();
  const median = geometryOf(themes.map((theme) => theme.spread?.median ?? null));
  const q1 = geometryOf(themes.map((theme) => theme.spread?.q1 ?? null)).polygon;
  const q3 = geometryOf(themes.map((theme) => theme.spread?.q3 ?? null)).polygon;
  const ownShape = own ? geometryOf(own).polygon : null;
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      viewBox={`${-side} 0 ${options.size + 2 * side} ${options.size}`}
      className="radar-svg"
    >
      <title id={titleId}>
        Teamradar: per thema de mediaan als lijn en de middelste helft van het team als band. De cijfers staan in de
        tabel.
      </title>
      {median.rings.map((r) => (
        <polygon key={r.value} className="radar-ring" points={svgPoints(r.points)} />
      ))}
      {median.axes.map((axis, index) => (
        <line
          key={themes[index]?.themeId}
          className="radar-axis"
          x1={median.center.x}
          y1={median.center.y}
          x2={axis.end.x}
          y2={axis.end.y}
        />
      ))}
      {q1 && q3 && <path className="team-band" fillRule="evenodd" d={`${ring(q3)}${ring(q1)}`} />}
      {median.polygon && <polygon className="team-median" points={svgPoints(median.polygon)} />}
      {median.points.map((point, index) =>
        point ? (
          <circle key={themes[index]?.themeId} className="radar-point" cx={point.x} cy={point.y} r={4.5} />
        ) : null,
      )}
      {ownShape && <polygon className="team-own" points={svgPoints(ownShape)} />}
      {median.axes.map((axis, index) => (
        <text
          key={themes[index]?.themeId}
          className="radar-label"
          x={axis.label.x}
          y={axis.label.y < median.center.y - 1 ? axis.label.y - 6 : axis.label.y + 14}
          textAnchor={axis.anchor}
        >
          {themes[index]?.title}
        </text>
      ))}
    </svg>
  );
}
