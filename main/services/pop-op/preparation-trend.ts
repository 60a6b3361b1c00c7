import type { PreparationTheme } from '../../contract/preparation-channels';
import type { Trend } from '../../contract/self-analysis-channels';
import { changeWords } from '../../contract/self-analysis-format';

interface Point {
  average: number;
  createdAt: string;
}

function changeText(atLastMeeting: Point | null, latest: Point | undefined, hadMeeting: boolean): string {
  if (atLastMeeting && latest) return changeWords(latest.average - atLastMeeting.average);
  if (atLastMeeting) return 'Geen nieuwe uitslag sinds het gesprek';
  if (latest) return hadMeeting ? 'Nieuw sinds het gesprek' : 'Nog geen gesprek om mee te vergelijken';
  return 'Nog niet ingevuld';
}

/**
 * Per theme, the self-analysis since the last meeting (`atOrBeforeMeeting` tells a result's
 * moment from before it): the latest complete result on or before it, the complete results
 * after it, and the change between that one and the newest ("sinds vorige keer"). Without a
 * meeting every result counts as new.
 */
export function preparationThemes(
  trend: Trend,
  titles: ReadonlyMap<string, string>,
  atOrBeforeMeeting: ((createdAt: string) => boolean) | null,
): PreparationTheme[] {
  const isBefore = (point: Point) => atOrBeforeMeeting?.(point.createdAt) ?? false;
  return trend.themes.map(({ themeId, points }) => {
    const earlier = points.filter(isBefore);
    const since = points.filter((point) => !isBefore(point)).map(({ average, createdAt }) => ({ average, createdAt }));
    const last = earlier.at(-1);
    const atLastMeeting = last ? { average: last.average, createdAt: last.createdAt } : null;
    const latest = since.at(-1);
    return {
      themeId,
      title: titles.get(themeId) ?? themeId,
      atLastMeeting,
      since,
      change: atLastMeeting && latest ? latest.average - atLastMeeting.average : null,
      changeText: changeText(atLastMeeting, latest, atOrBeforeMeeting !== null),
    };
  });
}
