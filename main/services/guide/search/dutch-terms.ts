import { createRequire } from 'node:module';
import type { Stemmer } from 'snowball-stemmers';

/*
 * Loaded on the first word the shipped stem table (resources/search) does not know, not at
 * start-up: the package holds every Snowball language (0.7 MB) and takes ~15 ms to load.
 */
let stemmer: Stemmer | undefined;
function dutchStemmer(): Stemmer {
  if (!stemmer) {
    const snowball = createRequire(__filename)('snowball-stemmers') as typeof import('snowball-stemmers');
    stemmer = snowball.newStemmer('dutch');
  }
  return stemmer;
}

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
  return stemOfFolded(foldAccents(word));
}

/** The term of an accent-free form, computed (no cache): the Snowball stem with a final v/z read as f/s. */
export function stemForm(form: string): string {
  return dutchStemmer().stem(form).replace(/v$/, 'f').replace(/z$/, 's');
}

/**
 * Stems by accent-free form. The Snowball port takes 20–40 µs a word, and building the
 * guide's index stems ~1,600 distinct forms: each form is stemmed once per process, and
 * `seedStems` fills the cache from the table shipped with the guide (resources/search).
 * Bounded, so queries full of unknown words cannot grow it without end.
 */
const stemCache = new Map<string, string>();
const stemCacheLimit = 50_000;

function stemOfFolded(form: string): string {
  let stem = stemCache.get(form);
  if (stem === undefined) {
    if (stemCache.size >= stemCacheLimit) stemCache.clear();
    stem = stemForm(form);
    stemCache.set(form, stem);
  }
  return stem;
}

/** Adds known stems (accent-free form → term) to the cache, e.g. the guide's precomputed table. */
export function seedStems(stems: Readonly<Record<string, string>>): void {
  for (const [form, stem] of Object.entries(stems)) if (stemCache.size < stemCacheLimit) stemCache.set(form, stem);
}

/** A word as search sees it: its accent-free form and its stem. */
export interface Term {
  form: string;
  stem: string;
}

/** The form and stem of a word. */
export function termFor(word: string): Term {
  const form = foldAccents(word);
  return { form, stem: stemOfFolded(form) };
}

/**
 * How well a query word matches a text word: 1 for the same stem; 0.7 when the query (or its
 * voiced form, f→v, s→z) is the start of the word ("subsidie" finds "subsidies", "raad" finds
 * "raadslid"; at least three letters) or the query's stem starts the word's stem; else 0.
 */
export function termMatch(query: Term, text: Term): number {
  if (query.stem === text.stem) return 1;
  if (query.form.length >= 3 && text.form.startsWith(query.form)) return 0.7;
  // Dutch voices a final f/s inside longer forms: "initiatief" starts "initiatievenfonds".
  const voiced = query.form.replace(/f$/, 'v').replace(/s$/, 'z');
  if (voiced !== query.form && voiced.length >= 4 && text.form.startsWith(voiced)) return 0.7;
  if (query.stem.length >= 4 && text.stem.startsWith(query.stem)) return 0.7;
  return 0;
}
