import { useId } from 'react';
import { type RadarGeometry, radarGeometry, svgPoints } from '../../../../main/contract/radar-geometry';
import { formatAverage } from '../../../../main/contract/self-analysis-format';

/** One axis of the radar: a theme with its average, or null while it is not complete. */
export interface RadarAxisValue {
  label: string;
  average: number | null;
}

/** An earlier result drawn as a dashed outline under this one; `label` says which ("12 maart 2026"). */
export interface RadarPrevious {
  label: string;
  averages: (number | null)[];
}

// The guide's scale runs from 1 to 4: 1 is the centre, so a low score looks low.
const scale = { min: 1, max: 4, ringValues: [1, 2, 3, 4] };
const full = { ...scale, size: 340, padding: 56, labelOffset: 20, side: 160 };
/**
 * A narrow column (the POP-OP side panel): the theme names stand centred above or below the
 * ends of the axes instead of beside them, so the chart keeps its size and the names a readable one.
 */
const compact = { ...scale, size: 260, padding: 40, labelOffset: 10, side: 30 };

const averageText = (average: number | null) => (average === null ? 'niet compleet' : formatAverage(average));

/**
 * The five theme averages as a radar chart (SVG role="img" with a title) and the same numbers
 * as a table; with `previous`, the earlier result as a dashed outline, in the legend and the table.
 */
export function RadarChart(props: {
  axes: RadarAxisValue[];
  caption: string;
  compact?: boolean;
  previous?: RadarPrevious;
}) {
  const { axes, caption, previous } = props;
  const titleId = useId();
  const options = props.compact ? compact : full;
  const geometry = radarGeometry({ ...options, values: axes.map((axis) => axis.average) });
  const earlier = previous ? radarGeometry({ ...options, values: previous.averages }) : undefined;
  return (
    <figure className={props.compact ? 'radar radar--compact' : 'radar'}>
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`${-options.side} 0 ${options.size + 2 * options.side} ${options.size}`}
        className="radar-svg"
      >
        <title id={titleId}>{chartTitle(caption, axes, previous)}</title>
        <RadarGrid geometry={geometry} keys={axes.map((axis) => axis.label)} />
        {earlier?.polygon && <polygon className="radar-shape--previous" points={svgPoints(earlier.polygon)} />}
        <RadarShape geometry={geometry} keys={axes.map((axis) => axis.label)} />
        <RingLabels geometry={geometry} />
        <AxisLabels geometry={geometry} axes={axes} compact={props.compact === true} />
      </svg>
      {previous && <RadarLegend previous={previous} />}
      <RadarTable axes={axes} caption={caption} previous={previous} />
    </figure>
  );
}

function chartTitle(caption: string, axes: RadarAxisValue[], previous: RadarPrevious | undefined): string {
  const summary = axes.map((axis) => `${axis.label} ${averageText(axis.average)}`).join(', ');
  const before = previous
    ? ` Vorige keer (${previous.label}): ${axes
        .map((axis, index) => `${axis.label} ${averageText(previous.averages[index] ?? null)}`)
        .join(', ')}.`
    : '';
  return `${caption}: ${summary}.${before} Schaal van 1 (midden) tot 4 (buitenrand); hoe verder naar buiten, hoe hoger.`;
}

/** Rings and axes, drawn first so everything else lies on top. */
function RadarGrid({ geometry, keys }: { geometry: RadarGeometry; keys: string[] }) {
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
    </>
  );
}

/** This result: the filled shape and its points. */
function RadarShape({ geometry, keys }: { geometry: RadarGeometry; keys: string[] }) {
  return (
    <>
      {geometry.polygon && <polygon className="radar-shape" points={svgPoints(geometry.polygon)} />}
      {geometry.points.map((point, index) =>
        point ? <circle key={keys[index]} className="radar-point" cx={point.x} cy={point.y} r={4.5} /> : null,
      )}
    </>
  );
}

/** The ring values along the upward axis, on top of the fill with a white halo so they stay readable. */
function RingLabels({ geometry }: { geometry: RadarGeometry }) {
  return geometry.rings.map((ring) => (
    <text key={ring.value} className="radar-ring-label" x={geometry.center.x + 5} y={(ring.points[0]?.y ?? 0) + 4}>
      {ring.value}
    </text>
  ));
}

/** The theme names (and in the full size their averages) at the ends of the axes. */
function AxisLabels(props: { geometry: RadarGeometry; axes: RadarAxisValue[]; compact: boolean }) {
  const { geometry, axes, compact } = props;
  return geometry.axes.map((axis, index) => {
    const axisValue = axes[index];
    if (!axisValue) return null;
    // Labels above the centre grow upwards, those below grow downwards, so none covers the chart.
    const above = axis.label.y < geometry.center.y - 1;
    if (compact) {
      const lines = labelLines(axisValue.label);
      // Above the centre the block of lines grows upwards, below it downwards.
      const firstY = above ? axis.label.y - 4 - (lines.length - 1) * compactLineHeight : axis.label.y + 16;
      return (
        <text key={axisValue.label} className="radar-label" x={axis.label.x} y={firstY} textAnchor="middle">
          {lines.map((line, lineIndex) => (
            <tspan key={line} x={axis.label.x} dy={lineIndex === 0 ? 0 : compactLineHeight}>
              {line}
            </tspan>
          ))}
        </text>
      );
    }
    return (
      <text
        key={axisValue.label}
        className="radar-label"
        x={axis.label.x}
        y={above ? axis.label.y - 18 : axis.label.y + 14}
        textAnchor={axis.anchor}
      >
        {axisValue.label}
        <tspan className="radar-label-value" x={axis.label.x} dy="1.2em">
          {averageText(axisValue.average)}
        </tspan>
      </text>
    );
  });
}

const compactLineHeight = 17;
const compactLineLength = 12;
const vowels = 'aeiouy';

/**
 * A long theme name ("Organisatieverandering") on two lines in the narrow chart, broken with a
 * hyphen where a vowel meets a consonant ("Organisatie-" / "verandering"), as Dutch syllables
 * usually part; shorter names stay whole.
 */
export function labelLines(label: string): string[] {
  if (label.length <= compactLineLength + 2) return [label];
  for (let index = compactLineLength; index >= 4; index -= 1) {
    const before = label[index - 1]?.toLowerCase() ?? '';
    const after = label[index]?.toLowerCase() ?? '';
    if (vowels.includes(before) && !vowels.includes(after)) return [`${label.slice(0, index)}-`, label.slice(index)];
  }
  return [`${label.slice(0, compactLineLength)}-`, label.slice(compactLineLength)];
}

function RadarLegend({ previous }: { previous: RadarPrevious }) {
  return (
    <ul className="radar-legend">
      <li>
        <span className="radar-legend-swatch" aria-hidden="true" /> Deze keer
      </li>
      <li>
        <span className="radar-legend-swatch radar-legend-swatch--previous" aria-hidden="true" /> Vorige keer (
        {previous.label})
      </li>
    </ul>
  );
}

function RadarTable(props: { axes: RadarAxisValue[]; caption: string; previous: RadarPrevious | undefined }) {
  const { axes, previous } = props;
  return (
    <table className="data-table radar-table">
      <caption>{props.caption} in cijfers</caption>
      <thead>
        <tr>
          <th scope="col">Thema</th>
          {/* Beside an earlier result the columns say which is which; the scale stays in the first. */}
          <th scope="col">{previous ? 'Deze keer (1–4)' : 'Gemiddelde (1–4)'}</th>
          {previous && <th scope="col">Vorige keer</th>}
        </tr>
      </thead>
      <tbody>
        {axes.map((axis, index) => (
          <tr key={axis.label}>
            <th scope="row">{axis.label}</th>
            <td>{axis.average === null ? 'Nog niet compleet' : formatAverage(axis.average)}</td>
            {previous && <td>{formatPrevious(previous.averages[index] ?? null)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const formatPrevious = (average: number | null) => (average === null ? '–' : formatAverage(average));
