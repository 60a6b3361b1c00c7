import type { Point } from '../../../../main/contract/radar-geometry';

export interface TrendBox {
  width: number;
  height: number;
  /** Space around the plot: left for the value labels, bottom for the dates. */
  padding: { top: number; right: number; bottom: number; left: number };
  /** The scale: 1–4 for the self-analyses. */
  min: number;
  max: number;
}

export interface TrendGeometry {
  points: Point[];
  /** One horizontal grid line per whole value on the scale. */
  gridLines: { value: number; y: number }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

/**
 * Places averages over time in a box: x by date (so a long gap looks long), y by value on
 * the fixed 1–4 scale (so charts of different themes read the same). Pure, for the SVG.
 */
export function trendGeometry(series: readonly { time: number; value: number }[], box: TrendBox): TrendGeometry {
  const plot = {
    left: box.padding.left,
    right: box.width - box.padding.right,
    top: box.padding.top,
    bottom: box.height - box.padding.bottom,
  };
  const times = series.map((point) => point.time);
  const first = Math.min(...times);
  const span = Math.max(...times) - first;
  const x = (time: number) =>
    span > 0 ? plot.left + ((time - first) / span) * (plot.right - plot.left) : (plot.left + plot.right) / 2;
  const y = (value: number) => {
    const clamped = Math.min(Math.max(value, box.min), box.max);
    return plot.bottom - ((clamped - box.min) / (box.max - box.min)) * (plot.bottom - plot.top);
  };
  const round = (value: number) => Math.round(value * 100) / 100;
  const gridLines: { value: number; y: number }[] = [];
  for (let value = box.min; value <= box.max; value += 1) gridLines.push({ value, y: round(y(value)) });
  return {
    points: series.map((point) => ({ x: round(x(point.time)), y: round(y(point.value)) })),
    gridLines,
    plot,
  };
}
