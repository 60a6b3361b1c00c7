import type { OwnTextGroup, OwnTextHit, OwnTextKind } from '../../../contract/guide-channels';
import { ownTextKinds } from '../../../contract/guide-channels';
import type { UserTextRow } from '../../../db/user-texts-repository';
import { termFor, words } from './dutch-terms';
import { type QueryWord, queryWordMatch } from './query-words';
import { snippetOfSpans, type TermSpan } from './search-index';

/** Per kind, at most this many hits go to the screen (the heading still counts them all). */
const hitsPerKind = 20;
/** Texts kept tokenised between searches; more than this and the cache starts afresh. */
const cacheLimit = 5_000;

/** How a row is named and linked on the search page, worked out only for the hits shown. */
export type DescribeRow = (row: UserTextRow) => Omit<OwnTextHit, 'snippet'> | undefined;

/**
 * Search over the user's own texts (notes, reason cards, reflections, POP-OP answers), with
 * the guide's Dutch terms: accents folded, stems, prefixes and synonyms, every query word
 * required. Each text is split into terms once and kept by its content, so a search over
 * hundreds of texts only compares terms (see the bench row "search with 500 own texts").
 */
export function createOwnTextSearch(describeRow: DescribeRow) {
  let spansByText = new Map<string, TermSpan[]>();
  const spansOf = (text: string, previous: Map<string, TermSpan[]>): TermSpan[] =>
    previous.get(text) ?? words(text).map((span) => ({ ...span, term: termFor(span.word) }));

  return function searchOwnTexts(rows: readonly UserTextRow[], query: readonly QueryWord[]): OwnTextGroup[] {
    if (query.length === 0) return [];
    const previous = spansByText;
    spansByText = new Map();
    const matches = new Map<OwnTextKind, { row: UserTextRow; spans: TermSpan[]; score: number }[]>();
    for (const row of rows) {
      const spans = spansOf(row.text, previous);
      if (spansByText.size < cacheLimit) spansByText.set(row.text, spans);
      const score = scoreOf(spans, query);
      if (score > 0) matches.set(row.kind, [...(matches.get(row.kind) ?? []), { row, spans, score }]);
    }
    return ownTextKinds.flatMap((kind) => {
      const found = (matches.get(kind) ?? []).sort(
        (a, b) => b.score - a.score || b.row.updatedAt.localeCompare(a.row.updatedAt),
      );
      const hits = found.slice(0, hitsPerKind).flatMap(({ row, spans }) => {
        const described = describeRow(row);
        return described ? [{ ...described, snippet: snippetOfSpans(row.text, spans, query) }] : [];
      });
      return hits.length > 0 ? [{ kind, total: found.length, hits }] : [];
    });
  };
}

/** The sum of each query word's best match in the text; 0 when any query word is missing. */
function scoreOf(spans: readonly TermSpan[], query: readonly QueryWord[]): number {
  let score = 0;
  for (const queryWord of query) {
    let best = 0;
    for (const span of spans) {
      best = Math.max(best, queryWordMatch(queryWord, span.term));
      if (best === 1) break;
    }
    if (best === 0) return 0;
    score += best;
  }
  return score;
}
