/**
 * Geometry of the self-analysis radar chart: pure math, no imports, so the renderer (SVG)
 * and the PDF (pdfkit shapes) draw exactly the same picture. Axis 0 points up; the axes
 * go clockwise. A value v lies at (v - min) / (max - min) of the radius: the centre is `min`
 * (1 on the guide's 1–4 scale, so a theme scored 1 sits in the middle, not a quarter out).
 */

export interface Point {
  x: number;
  y: number;
}

export interface RadarAxis {
  /** Angle in radians, 0 = right, clockwise in screen coordinates (y grows downwards). */
  angle: number;
  /** Outer end of the axis line (at `max`). */
  end: Point;
  /** Where the axis label goes, just outside the outer ring. */
  label: Point;
  /** Horizontal text alignment for the label so it points away from the chart. */
  anchor: 'start' | 'middle' | 'end';
}

export interface RadarGeometry {
  size: number;
  center: Point;
  radius: number;
  axes: RadarAxis[];
  /** One closed ring per ring value (e.g. 1, 2, 3, 4), as polygon corners. */
  rings: { value: number; points: Point[] }[];
  /** The plotted value per axis; null where the value is missing. */
  points: (Point | null)[];
  /** The filled shape: only when every axis has a value, so a missing theme is never drawn as 0. */
  polygon: Point[] | null;
}

export interface RadarOptions {
  values: readonly (number | null)[];
  /** Width and height of the square drawing area. */
  size: number;
  /** Space between the outer ring and the edge, for labels. */
  padding: number;
  /** Value at the outer ring (4 for the guide's scale). */
  max: number;
  /** Value at the centre (1 for the guide's scale); 0 when left out. */
  min?: number;
  /** Values that get a ring. */
  ringValues: readonly number[];
  /** Distance of labels beyond the outer ring. */
  labelOffset: number;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function at(center: Point, radius: number, angle: number): Point {
  return { x: round(center.x + radius * Math.cos(angle)), y: round(center.y + radius * Math.sin(angle)) };
}

/** Computes axes, rings, points and polygon of a radar chart for `values` in a square of `size`. */
export function radarGeometry(options: RadarOptions): RadarGeometry {
  const { values, size, padding, max, ringValues, labelOffset } = options;
  const min = options.min ?? 0;
  const center = { x: size / 2, y: size / 2 };
  const radius = Math.max(0, size / 2 - padding);
  const count = values.length;
  const angleOf = (index: number) => -Math.PI / 2 + (index * 2 * Math.PI) / count;
  const scaled = (value: number) => ((Math.min(Math.max(value, min), max) - min) / (max - min)) * radius;

  const axes: RadarAxis[] = values.map((_, index) => {
    const angle = angleOf(index);
    const label = at(center, radius + labelOffset, angle);
    const dx = label.x - center.x;
    const anchor = Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end';
    return { angle, end: at(center, radius, angle), label, anchor };
  });
  const rings = ringValues.map((value) => ({
    value,
    points: values.map((_, index) => at(center, scaled(value), angleOf(index))),
  }));
  const points = values.map((value, index) =>
    value === null || !Number.isFinite(value) ? null : at(center, scaled(value), angleOf(index)),
  );
  const polygon = count >= 3 && points.every((point) => point !== null) ? (points as Point[]) : null;
  return { size, center, radius, axes, rings, points, polygon };
}

/** The `points` attribute of an SVG polygon/polyline. */
export function svgPoints(points: readonly Point[]): string {
  return points.map((point) => `${point.x},${point.y}`).join(' ');
}
