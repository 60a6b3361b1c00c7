import type { GuideContent } from '../../../../main/contract/guide-content';
import { routeHref } from '../../app/routes';
import { ScreenHeading } from '../../components/screen-heading';

/** The table of contents of the guide, with the way to search and to your own notes. */
export function GuideContents({ content }: { content: GuideContent }) {
  return (
    <>
      <ScreenHeading>De gids</ScreenHeading>
      <p className="lead">
        De gids “Eerste Hulp Bij Overheidsparticipatie!” in eigen woorden: vijf thema’s met tips, hulpmiddelen en een
        korte zelfanalyse.
      </p>
      <p className="guide-tools">
        <a href={routeHref('/gids', 'zoeken')}>Zoeken in de gids</a> <span className="muted">(Ctrl+K)</span> ·{' '}
        <a href={routeHref('/gids', 'notities')}>Mijn notities en bladwijzers</a>
      </p>
      <nav aria-label="Inhoud van de gids">
        <ol className="guide-toc">
          <li>
            <a href={routeHref('/gids', 'inleiding')}>{content.intro.title}</a>
          </li>
          {content.themes.map((theme) => (
            <li key={theme.id}>
              <a href={routeHref('/gids', theme.id)}>
                Thema {theme.number}: {theme.title}
              </a>
              <span className="guide-toc-motto"> — {theme.motto}</span>
            </li>
          ))}
          <li>
            <a href={routeHref('/gids', 'redenen')}>{content.reasons.title}</a>
          </li>
          <li>
            <a href={routeHref('/gids', 'begrippen')}>Begrippenlijst</a>
          </li>
        </ol>
      </nav>
    </>
  );
}
