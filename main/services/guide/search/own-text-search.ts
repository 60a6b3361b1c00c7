import type { OwnTextGroup, OwnTextHit, OwnTextKind } from '../../../contract/guide-channels';
import { ownTextKinds } from '../../../contract/guide-channels';
import type { UserTextRow } from '../../../db/user-texts-repository';
import { type Term, termFor, words } from './dutch-terms';
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
 * required. Each text is split into terms once and kept by its content (until it changes),
 * and each distinct word form is compared with the query once per search, so a search over
 * hundreds of texts is mostly map look-ups (bench: "guide search p95 with 500 own texts").
 */
export function createOwnTextSearch(describeRow: DescribeRow) {
  let indexed = new Map<string, IndexedText>();

  return function searchOwnTexts(rows: readonly UserTextRow[], query: readonly QueryWord[]): OwnTextGroup[] {
    if (query.length === 0) return [];
    const previous = indexed;
    indexed = new Map();
    const matchOf = formMatcher(query);
    const matches = new Map<OwnTextKind, { row: UserTextRow; text: IndexedText; score: number }[]>();
    for (const row of rows) {
      const text = previous.get(row.text) ?? indexText(row.text);
      if (indexed.size < cacheLimit) indexed.set(row.text, text);
      const score = scoreOf(text, query.length, matchOf);
      if (score === 0) continue;
      const ofKind = matches.get(row.kind);
      if (ofKind) ofKind.push({ row, text, score });
      else matches.set(row.kind, [{ row, text, score }]);
    }
    return ownTextKinds.flatMap((kind) => {
      const found = (matches.get(kind) ?? []).sort(
        (a, b) => b.score - a.score || b.row.updatedAt.localeCompare(a.row.updatedAt),
      );
      const hits = found.slice(0, hitsPerKind).flatMap(({ row, text }) => {
        const described = describeRow(row);
        return described ? [{ ...described, snippet: snippetOfSpans(row.text, text.spans, query, matchOf) }] : [];
      });
      return hits.length > 0 ? [{ kind, total: found.length, hits }] : [];
    });
  };
}

/** A text split into words once: its spans (for the snippet) and its distinct word forms with their terms. */
interface IndexedText {
  spans: TermSpan[];
  terms: Term[];
}

function indexText(text: string): IndexedText {
  const spans = words(text).map((span) => ({ ...span, term: termFor(span.word) }));
  const terms = new Map(spans.map((span) => [span.term.form, span.term]));
  return { spans, terms: [...terms.values()] };
}

/**
 * How well query word `i` matches a word form, each form compared once per search however
 * many texts hold it (most of a user's words recur from text to text).
 */
export function formMatcher(query: readonly QueryWord[]) {
  const known = query.map(() => new Map<string, number>());
  return (i: number, term: Term): number => {
    const cache = known[i] as Map<string, number>;
    let weight = cache.get(term.form);
    if (weight === undefined) {
      weight = queryWordMatch(query[i] as QueryWord, term);
      cache.set(term.form, weight);
    }
    return weight;
  };
}

/** The sum of each query word's best match in the text; 0 when any query word is missing. */
function scoreOf(text: IndexedText, queryLength: number, matchOf: (i: number, term: Term) => number): number {
  let score = 0;
  for (let i = 0; i < queryLength; i += 1) {
    let best = 0;
    for (const term of text.terms) {
      best = Math.max(best, matchOf(i, term));
      if (best === 1) break;
    }
    if (best === 0) return 0;
    score += best;
  }
  return score;
}
