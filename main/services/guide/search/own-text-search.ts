import type { OwnTextGroup, OwnTextHit, OwnTextKind } from '../../../contract/guide-channels';
import { ownTextKinds } from '../../../contract/guide-channels';
import type { UserTextRow } from '../../../db/user-texts-repository';
import type { Term } from './dutch-terms';
import { buildOwnTextIndex, type IndexedText, type OwnTextIndex, scoreTexts } from './own-text-index';
import { type QueryWord, queryWordMatch } from './query-words';
import { snippetOfSpans } from './search-index';

/** Per kind, at most this many hits go to the screen (the heading still counts them all). */
const hitsPerKind = 20;
/** Texts whose words are reused when the index is rebuilt; beyond this it starts afresh. */
const cacheLimit = 5_000;

/** How a row is named and linked on the search page, worked out only for the hits shown. */
export type DescribeRow = (row: UserTextRow) => Omit<OwnTextHit, 'snippet'> | undefined;

/**
 * Search over the user's own texts (notes, reason cards, reflections, POP-OP answers), with
 * the guide's Dutch terms: accents folded, stems, prefixes and synonyms, every query word
 * required. The texts are read afresh for every search; the inverted index over them
 * (own-text-index.ts) is rebuilt only when one changed, each text split into words once.
 * Bench: "guide search p95 with 500 own texts".
 */
export function createOwnTextSearch(describeRow: DescribeRow) {
  let index: OwnTextIndex = { texts: [], formsByInitial: new Map() };
  const indexFor = (rows: readonly UserTextRow[]) => {
    const unchanged = rows.length === index.texts.length && rows.every((row, n) => row.text === index.texts[n]?.text);
    if (!unchanged) {
      const known = new Map(index.texts.map((entry) => [entry.text, entry]));
      index = buildOwnTextIndex(
        rows.map((row) => row.text),
        known.size < cacheLimit ? known : new Map(),
      );
    }
    return index;
  };

  return function searchOwnTexts(rows: readonly UserTextRow[], query: readonly QueryWord[]): OwnTextGroup[] {
    if (query.length === 0) return [];
    const current = indexFor(rows);
    const matchOf = formMatcher(query);
    const scores = scoreTexts(current, query, matchOf);
    const matches = new Map<OwnTextKind, { row: UserTextRow; text: IndexedText; score: number }[]>();
    rows.forEach((row, position) => {
      const score = scores[position] ?? Number.NaN;
      const text = current.texts[position];
      if (!(score > 0) || !text) return;
      const ofKind = matches.get(row.kind);
      if (ofKind) ofKind.push({ row, text, score });
      else matches.set(row.kind, [{ row, text, score }]);
    });
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
