import { synonymsOf } from './dutch-synonyms';
import { type Term, termFor, termMatch, words } from './dutch-terms';

/** A synonym matches, but counts for less than the word the user typed. */
const synonymWeight = 0.8;

/** One word of a query: the word itself and its synonyms, each with the weight of a match on it. */
export interface QueryWord {
  word: string;
  alternatives: { term: Term; weight: number }[];
  synonyms: readonly string[];
}

/** The words of a query, each with its synonyms from the Dutch synonyms table. */
export function queryWords(query: string): QueryWord[] {
  return words(query).map(({ word }) => {
    const synonyms = synonymsOf(word);
    return {
      word,
      synonyms,
      alternatives: [
        { term: termFor(word), weight: 1 },
        ...synonyms.map((synonym) => ({ term: termFor(synonym), weight: synonymWeight })),
      ],
    };
  });
}

/** How well a query word (or one of its synonyms) matches a word of a text: 0 for not at all. */
export function queryWordMatch(queryWord: QueryWord, text: Term): number {
  let best = 0;
  for (const { term, weight } of queryWord.alternatives) best = Math.max(best, termMatch(term, text) * weight);
  return best;
}
