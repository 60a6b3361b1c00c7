import { formatAverage } from '../../contract/self-analysis-format';
import type { RadarFigure } from '../pdf/pdf-radar';

type ProfileAxis = { label: string; average: number | null };

/** What the chart shows, in words: its Alt text. The table after the chart holds the same numbers. */
export function radarAltText(axes: readonly ProfileAxis[]): string {
  const values = axes.map(
    (axis) => `${axis.label} ${axis.average === null ? 'niet compleet' : formatAverage(axis.average)}`,
  );
  return `Radardiagram van het profiel, gemiddelde per thema op een schaal van 1 tot 4: ${values.join('; ')}.`;
}

/** A profile's radar: the average per theme, with an Alt text that gives the five averages. */
export function profileRadar(axes: readonly ProfileAxis[]): RadarFigure {
  return {
    alt: radarAltText(axes),
    axes: axes.map((axis) => ({
      label: axis.label,
      value: axis.average,
      valueText: axis.average === null ? 'niet compleet' : formatAverage(axis.average),
    })),
  };
}
