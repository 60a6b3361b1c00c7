import { newStemmer } from 'snowball-stemmers';

const stemmer = newStemmer('dutch');

/** Lower case without accents: "Coöperatie" → "cooperatie", so both spellings match. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** A word in a text, with its place, for highlighting. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** Splits text into words (letters and digits; "G1000" and "raads-lid" parts included), keeping positions. */
export function words(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    spans.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/**
 * The search term for a word: accents folded, Dutch Snowball stem, and the final v/z of a
 * stem read as f/s, so "initiatieven" and "initiatief" meet ("initiatiev" → "initiatief").
 */
export function termOf(word: string): string {
  const stem = stemmer.stem(foldAccents(word));
  return stem.replace(/v$/, 'f').replace(/z$/, 's');
}

/**
 * How well a query term matches a text term: 1 for the same stem, 0.7 when one is a prefix of
 * the other and the shorter has at least four letters ("subsidie" finds "subsidies"), else 0.
 */
export function termMatch(queryTerm: string, textTerm: string): number {
  if (queryTerm === textTerm) return 1;
  const [short, long] = queryTerm.length <= textTerm.length ? [queryTerm, textTerm] : [textTerm, queryTerm];
  return short.length >= 4 && long.startsWith(short) ? 0.7 : 0;
}
