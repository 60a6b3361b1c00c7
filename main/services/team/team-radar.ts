import { formatAverage } from '../../contract/self-analysis-format';
import type { ThemeAggregate } from '../../contract/team-channels';
import type { RadarFigure } from '../pdf/pdf-radar';
import { spreadText, teamWords } from './team-labels';

/**
 * The team radar for the PDF: the median per theme as the line, the middle half (first to
 * third quartile) as a band, as on screen. Its Alt text states every theme's figures; the
 * table after it holds them too.
 */
export function teamRadar(themes: readonly ThemeAggregate[]): RadarFigure {
  const values = themes.map((theme) => `${theme.title} ${spreadText(theme.spread)}`);
  return {
    alt:
      'Teamradar: per thema de mediaan van het team op een schaal van 1 tot 4 als lijn, en de middelste helft ' +
      `van het team als band: ${values.join('; ')}.`,
    axes: themes.map((theme) => ({
      label: theme.title,
      value: theme.spread?.median ?? null,
      valueText: theme.spread ? `mediaan ${formatAverage(theme.spread.median)}` : teamWords.tooFew,
    })),
    band: {
      lower: themes.map((theme) => theme.spread?.q1 ?? null),
      upper: themes.map((theme) => theme.spread?.q3 ?? null),
    },
  };
}
