import type { GuideContent, Theme } from '../../../../main/contract/guide-content';
import { routeHref } from '../../app/routes';

/** One line of a page's contents: where it leads (a block or heading of this page) and its name. */
export interface ContentsEntry {
  target: string;
  title: string;
}

/** The headings of a theme page, in the order the page shows them. */
export function themeContents(theme: Theme, content: GuideContent): ContentsEntry[] {
  const hasAnalysis = content.selfAnalyses.analyses.some((analysis) => analysis.themeId === theme.id);
  return [
    ...theme.sections.map((section) => ({ target: section.id, title: section.title })),
    ...theme.lists.map((list) => ({ target: `lijst-${list.id}`, title: list.title })),
    ...(theme.id === 'doel' ? [{ target: 'pop-op', title: 'Het POP-OP' }] : []),
    ...(theme.id === 'geld'
      ? [
          { target: 'afwegingen', title: 'Afwegingen bij geld voor een initiatief' },
          { target: 'vormen', title: 'Negen vormen van financiering' },
        ]
      : []),
    { target: 'tips', title: 'Tips om te beginnen' },
    { target: 'hulpmiddelen', title: 'Hulpmiddelen' },
    ...(hasAnalysis ? [{ target: 'zelfanalyse', title: `Zelfanalyse: ${theme.title}` }] : []),
  ];
}

/**
 * "Op deze pagina": links to the page's own headings. Each is an ordinary link to
 * `#/gids/<page>/<target>`, so the guide scrolls there and puts focus on the heading, and
 * the browser's Back returns to where the reader was.
 */
export function PageContents({ pageId, entries }: { pageId: string; entries: readonly ContentsEntry[] }) {
  return (
    <nav className="page-contents" aria-labelledby="op-deze-pagina">
      <h2 id="op-deze-pagina" className="page-contents-heading">
        Op deze pagina
      </h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.target}>
            <a href={routeHref('/gids', pageId, entry.target)}>{entry.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The pages before and after a theme: the introduction before the first, the 10 reasons after the last. */
function neighbours(theme: Theme, content: GuideContent) {
  const place = content.themes.findIndex((candidate) => candidate.id === theme.id);
  const before = content.themes[place - 1];
  const after = content.themes[place + 1];
  return {
    previous: before
      ? { href: routeHref('/gids', before.id), label: 'Vorig thema', title: `${before.number}. ${before.title}` }
      : { href: routeHref('/gids', 'inleiding'), label: 'Terug naar', title: content.intro.title },
    next: after
      ? { href: routeHref('/gids', after.id), label: 'Volgend thema', title: `${after.number}. ${after.title}` }
      : { href: routeHref('/gids', 'redenen'), label: 'Verder met', title: content.reasons.title },
  };
}

/** "Vorig thema" and "Volgend thema" at the end of a theme, so a reader can go on without scrolling back up. */
export function ThemeSequence({ theme, content }: { theme: Theme; content: GuideContent }) {
  const { previous, next } = neighbours(theme, content);
  return (
    <nav className="theme-sequence" aria-label="Vorig en volgend thema">
      <a className="theme-sequence-link theme-sequence-previous" href={previous.href} rel="prev">
        <span className="theme-sequence-label">← {previous.label}</span>
        <span className="theme-sequence-title">{previous.title}</span>
      </a>
      <a className="theme-sequence-link theme-sequence-next" href={next.href} rel="next">
        <span className="theme-sequence-label">{next.label} →</span>
        <span className="theme-sequence-title">{next.title}</span>
      </a>
    </nav>
  );
}
