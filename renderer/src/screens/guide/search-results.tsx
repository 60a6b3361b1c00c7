import type { OwnTextGroup, OwnTextKind, OwnTextLink, SearchHit } from '../../../../main/contract/guide-channels';
import { routeHref } from '../../app/routes';
import { foundSegment } from './found-block';

type SnippetPart = SearchHit['snippet'][number];

/** The answer of `guide.search`, as the page shows it. */
export interface SearchAnswer {
  query: string;
  hits: SearchHit[];
  total: number;
  own: OwnTextGroup[];
  alsoSearched: string[];
}

const ownHeadings: Record<OwnTextKind, string> = {
  note: 'Jouw notities bij de gids',
  reason: 'Jouw antwoorden op de 10 redenen',
  reflection: 'Jouw reflecties bij zelfanalyses',
  'pop-op': 'Jouw POP-OP’s',
};

/** Where a hit in the user's own texts leads; a block of the guide is marked as found there. */
function ownHref(link: OwnTextLink): string {
  switch (link.to) {
    case 'guide':
      return routeHref('/gids', link.pageId, link.blockId, foundSegment);
    case 'reflection':
      return routeHref('/zelfanalyses', 'run', link.runId, 'reflectie', link.themeId);
    case 'pop-op':
      return routeHref('/pop-op', link.planId);
  }
}

function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <p className="search-snippet">
      {parts.map((part, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: snippet parts have no identity beyond their place
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </p>
  );
}

/** "12 resultaten in de gids en 3 in je eigen teksten voor “x”." */
export function resultCountText(answer: SearchAnswer): string {
  const own = answer.own.reduce((sum, group) => sum + group.total, 0);
  const forQuery = `voor “${answer.query}”.`;
  if (answer.total === 0 && own === 0) return `Niets gevonden ${forQuery}`;
  const inGuide = `${answer.total} ${answer.total === 1 ? 'resultaat' : 'resultaten'} in de gids`;
  if (own === 0) return `${inGuide} ${forQuery}`;
  if (answer.total === 0) return `Niets in de gids, wel ${own} in je eigen teksten ${forQuery}`;
  return `${inGuide} en ${own} in je eigen teksten ${forQuery}`;
}

/** The hits, one section per kind with its heading and count: the guide first, then your own texts. */
export function SearchResults({ answer }: { answer: SearchAnswer }) {
  return (
    <>
      {answer.total > 0 && (
        <section className="search-group" aria-labelledby="gevonden-gids">
          <h2 id="gevonden-gids">
            In de gids ({answer.total}
            {answer.total > answer.hits.length ? `, de eerste ${answer.hits.length}` : ''})
          </h2>
          <ol className="search-results">
            {answer.hits.map((hit) => (
              <li key={hit.key}>
                <a href={routeHref('/gids', hit.pageId, hit.blockId, foundSegment)}>{hit.title}</a>
                <span className="muted"> — {hit.pageTitle}</span>
                <Snippet parts={hit.snippet} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {answer.own.map((group) => (
        <section key={group.kind} className="search-group" aria-labelledby={`gevonden-${group.kind}`}>
          <h2 id={`gevonden-${group.kind}`}>
            {ownHeadings[group.kind]} ({group.total}
            {group.total > group.hits.length ? `, de eerste ${group.hits.length}` : ''})
          </h2>
          <ol className="search-results">
            {group.hits.map((hit) => (
              <li key={`${ownHref(hit.link)} ${hit.title}`}>
                <a href={ownHref(hit.link)}>{hit.title}</a>
                <span className="muted"> — {hit.context}</span>
                <Snippet parts={hit.snippet} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
