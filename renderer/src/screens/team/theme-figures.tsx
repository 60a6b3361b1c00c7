import type { LatestProfile } from '../../../../main/contract/self-analysis-channels';
import { formatAverage } from '../../../../main/contract/self-analysis-format';
import type { ThemeAggregate } from '../../../../main/contract/team-channels';
import { TeamRadar } from './team-radar';
import { middleHalf, tooFew } from './team-words';

/** Per theme: the radar with its band and the same figures as a table, with the own profile beside when chosen. */
export function ThemeFigures({ themes, own }: { themes: ThemeAggregate[]; own: LatestProfile | undefined }) {
  const ownOf = (themeId: string) => own?.themes.find((theme) => theme.themeId === themeId)?.average ?? null;
  return (
    <figure className="radar team-radar">
      <TeamRadar themes={themes} own={own ? themes.map((theme) => ownOf(theme.themeId)) : undefined} />
      <p className="team-legend" aria-hidden="true">
        <span className="team-legend-median">Lijn: mediaan van het team</span>
        <span className="team-legend-band">Band: middelste helft van het team</span>
        {own && <span className="team-legend-own">Stippellijn: jouw eigen profiel</span>}
      </p>
      <table className="data-table">
        <caption>Per thema in cijfers (schaal 1 tot 4)</caption>
        <thead>
          <tr>
            <th scope="col">Thema</th>
            <th scope="col">Mediaan</th>
            <th scope="col">Middelste helft</th>
            <th scope="col">Deelnemers</th>
            {own && <th scope="col">Jij</th>}
          </tr>
        </thead>
        <tbody>
          {themes.map((theme) => (
            <tr key={theme.themeId}>
              <th scope="row">{theme.title}</th>
              <td>{theme.spread ? formatAverage(theme.spread.median) : tooFew}</td>
              <td>{theme.spread ? middleHalf(theme.spread) : '–'}</td>
              <td>{theme.spread?.count ?? '–'}</td>
              {own && <td>{ownOf(theme.themeId) === null ? '–' : formatAverage(ownOf(theme.themeId) ?? 0)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
