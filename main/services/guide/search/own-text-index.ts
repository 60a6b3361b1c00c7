import { type Term, termFor, words } from './dutch-terms';
import type { QueryWord } from './query-words';
import type { TermSpan } from './search-index';

/** A text split into words once: its spans (for the snippet) and its distinct word forms. */
export interface IndexedText {
  text: string;
  spans: TermSpan[];
}

/**
 * An inverted index over the user's texts: every distinct word form with the texts it occurs
 * in, grouped by first letter (a match, by stem or prefix, always shares it). Rebuilt only
 * when a text changed since the last search; a search then compares the query with the forms
 * of one letter and walks their postings, not every word of every text.
 */
export interface OwnTextIndex {
  texts: IndexedText[];
  formsByInitial: Map<string, { term: Term; postings: number[] }[]>;
}

export function indexText(text: string): IndexedText {
  return { text, spans: words(text).map((span) => ({ ...span, term: termFor(span.word) })) };
}

/** The index for these texts, reusing each text's words from `known` (by content). */
export function buildOwnTextIndex(texts: readonly string[], known: Map<string, IndexedText>): OwnTextIndex {
  const indexed = texts.map((text) => known.get(text) ?? indexText(text));
  const byForm = new Map<string, { term: Term; postings: number[] }>();
  indexed.forEach((entry, position) => {
    for (const { term } of entry.spans) {
      const found = byForm.get(term.form);
      if (!found) byForm.set(term.form, { term, postings: [position] });
      else if (found.postings.at(-1) !== position) found.postings.push(position);
    }
  });
  const formsByInitial = new Map<string, { term: Term; postings: number[] }[]>();
  for (const form of byForm.values()) {
    const initial = form.term.form.charAt(0);
    const group = formsByInitial.get(initial);
    if (group) group.push(form);
    else formsByInitial.set(initial, [form]);
  }
  return { texts: indexed, formsByInitial };
}

/**
 * Per text, the sum of each query word's best match (a synonym counts for less); 0 for a text
 * that lacks any query word. `matchOf` compares one query word with one form.
 */
export function scoreTexts(
  index: OwnTextIndex,
  query: readonly QueryWord[],
  matchOf: (i: number, term: Term) => number,
): Float64Array {
  const total = new Float64Array(index.texts.length);
  query.forEach((queryWord, i) => {
    const best = new Float64Array(index.texts.length);
    const initials = new Set(queryWord.alternatives.map((alternative) => alternative.term.form.charAt(0)));
    for (const initial of initials) {
      for (const form of index.formsByInitial.get(initial) ?? []) {
        const weight = matchOf(i, form.term);
        if (weight === 0) continue;
        for (const position of form.postings) if (weight > (best[position] ?? 0)) best[position] = weight;
      }
    }
    for (let position = 0; position < total.length; position += 1) {
      const word = best[position] ?? 0;
      // A text missing this word is out for good: NaN stays NaN through every later sum.
      total[position] = word === 0 ? Number.NaN : (total[position] ?? 0) + word;
    }
  });
  return total;
}
