import { type Term, termFor, termMatch, type WordSpan, words } from './dutch-terms';
import type { Passage } from './guide-passages';
import { type QueryWord, queryWordMatch, queryWords } from './query-words';

/** A piece of a snippet; `match` pieces are shown highlighted. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  key: string;
  pageId: string;
  blockId: string;
  pageTitle: string;
  title: string;
  score: number;
  snippet: SnippetPart[];
}

interface IndexedPassage {
  passage: Passage;
  /** Distinct terms with how often they occur in title and text. */
  terms: Map<string, number>;
  titleTerms: Set<string>;
  length: number;
  /** The words of the text with their terms, so a snippet needs no folding or stemming per query. */
  spans: TermSpan[];
}

/** A word of a text, where it stands and its term. */
export interface TermSpan extends WordSpan {
  term: Term;
}

/** An in-memory index over the guide's passages (a few hundred; built in milliseconds). */
export interface SearchIndex {
  passages: IndexedPassage[];
  /** Every distinct word form with its stem, for prefix matching. */
  vocabulary: Term[];
  averageLength: number;
  /** The vocabulary by first letter: a match (same stem or a prefix) always shares it. */
  vocabularyByInitial: Map<string, Term[]>;
  /** In how many passages each term occurs (the IDF's input, counted once at build). */
  documentFrequency: Map<string, number>;
}

/** Indexes the passages: stem counts per passage, and every word form with its stem. */
export function buildSearchIndex(passages: readonly Passage[]): SearchIndex {
  const vocabulary = new Map<string, string>();
  const indexed = passages.map((passage) => {
    const terms = new Map<string, number>();
    const textWords = words(`${passage.title} ${passage.text}`);
    for (const { word } of textWords) {
      const { form, stem } = termFor(word);
      terms.set(stem, (terms.get(stem) ?? 0) + 1);
      vocabulary.set(form, stem);
    }
    const titleTerms = new Set(words(passage.title).map((w) => termFor(w.word).stem));
    const spans = words(passage.text).map((span) => ({ ...span, term: termFor(span.word) }));
    return { passage, terms, titleTerms, length: textWords.length, spans };
  });
  const averageLength = indexed.reduce((sum, p) => sum + p.length, 0) / Math.max(1, indexed.length);
  const documentFrequency = new Map<string, number>();
  for (const entry of indexed)
    for (const term of entry.terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const terms = [...vocabulary].map(([form, stem]) => ({ form, stem }));
  return {
    passages: indexed,
    vocabulary: terms,
    vocabularyByInitial: byInitial(terms),
    averageLength,
    documentFrequency,
  };
}

/** A passage that matched every query word, with its score. */
interface RankedPassage {
  entry: IndexedPassage;
  score: number;
}

function byInitial(terms: readonly Term[]): Map<string, Term[]> {
  const groups = new Map<string, Term[]>();
  for (const term of terms) {
    const initial = term.form.charAt(0);
    groups.set(initial, [...(groups.get(initial) ?? []), term]);
  }
  return groups;
}

/**
 * Per query word: every term in the guide it (or a synonym) matches, with the best weight.
 * Only the words with the same first letter can match, so only those are compared.
 */
function expand(index: SearchIndex, query: readonly QueryWord[]) {
  return query.map((queryWord) => {
    const weights = new Map<string, number>();
    for (const alternative of queryWord.alternatives) {
      for (const term of index.vocabularyByInitial.get(alternative.term.form.charAt(0)) ?? []) {
        const weight = termMatch(alternative.term, term) * alternative.weight;
        if (weight > (weights.get(term.stem) ?? 0)) weights.set(term.stem, weight);
      }
    }
    return [...weights].map(([term, weight]) => ({ term, weight }));
  });
}

const k1 = 1.2;
const b = 0.75;

/**
 * BM25-style ranking; every query word must match (exactly, by prefix or by a synonym) for a
 * passage to count, so "subsidie gemeente" narrows rather than widens. Titles weigh double.
 */
export function rankPassages(index: SearchIndex, query: readonly QueryWord[]): RankedPassage[] {
  if (query.length === 0) return [];
  const expansions = expand(index, query);
  const count = index.passages.length;
  const idf = (term: string) => {
    const df = index.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (count - df + 0.5) / (df + 0.5));
  };
  const weighted = expansions.map((expansion) => expansion.map((e) => ({ ...e, idf: idf(e.term) })));
  const ranked: RankedPassage[] = [];
  for (const entry of index.passages) {
    let score = 0;
    let allMatched = true;
    for (const expansion of weighted) {
      let best = 0;
      for (const { term, weight, idf: termIdf } of expansion) {
        const frequency = entry.terms.get(term);
        if (!frequency) continue;
        const tf = (frequency * (k1 + 1)) / (frequency + k1 * (1 - b + (b * entry.length) / index.averageLength));
        const inTitle = entry.titleTerms.has(term) ? 2 : 1;
        best = Math.max(best, weight * termIdf * tf * inTitle);
      }
      if (best === 0) {
        allMatched = false;
        break;
      }
      score += best;
    }
    if (allMatched) ranked.push({ entry, score });
  }
  return ranked.sort((x, y) => y.score - x.score);
}

/** A ranked passage as a hit, its snippet made only now (only for the hits that are shown). */
function toHit({ entry, score }: RankedPassage, query: readonly QueryWord[]): SearchHit {
  const { passage } = entry;
  return {
    key: passage.key,
    pageId: passage.pageId,
    blockId: passage.blockId,
    pageTitle: passage.pageTitle,
    title: passage.title,
    score,
    snippet: snippetOfSpans(passage.text, entry.spans, query),
  };
}

/** Whether a word (or a longer form of it) occurs in the guide: a suggestion is only worth making then. */
export function inGuide(index: SearchIndex, word: string): boolean {
  const term = termFor(word);
  return (index.vocabularyByInitial.get(term.form.charAt(0)) ?? []).some((known) => termMatch(term, known) > 0);
}

/** The best `limit` passages for a parsed query, and how many matched in all. */
export function rankGuide(index: SearchIndex, query: readonly QueryWord[], limit: number) {
  const ranked = rankPassages(index, query);
  return { hits: ranked.slice(0, limit).map((hit) => toHit(hit, query)), total: ranked.length };
}

/** The best `limit` passages for a query. */
export function searchGuide(index: SearchIndex, query: string, limit = 30): SearchHit[] {
  return rankGuide(index, queryWords(query), limit).hits;
}

const snippetRadius = 110;

/** Up to ~220 characters of a text around its first match, with every matching word marked. */
export function snippet(text: string, query: readonly QueryWord[]): SnippetPart[] {
  return snippetOfSpans(
    text,
    words(text).map((span) => ({ ...span, term: termFor(span.word) })),
    query,
  );
}

/** How well query word `i` matches a term; a caller may pass one that remembers (see own-text-search). */
type MatchOf = (i: number, term: Term) => number;

/** The snippet of a text whose words and terms are already known. */
export function snippetOfSpans(
  text: string,
  spans: readonly TermSpan[],
  query: readonly QueryWord[],
  matchOf: MatchOf = (i, term) => queryWordMatch(query[i] as QueryWord, term),
): SnippetPart[] {
  const matches = spans.filter((span) => query.some((_, i) => matchOf(i, span.term) > 0));
  const first = matches[0];
  const from = first ? Math.max(0, first.start - snippetRadius / 2) : 0;
  const to = Math.min(text.length, from + 2 * snippetRadius);
  const start = from > 0 ? text.indexOf(' ', from) + 1 || from : 0;
  const end = to < text.length ? text.lastIndexOf(' ', to) : text.length;
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '… ', match: false });
  let cursor = start;
  for (const span of matches) {
    if (span.start < start || span.end > end) continue;
    if (span.start > cursor) parts.push({ text: text.slice(cursor, span.start), match: false });
    parts.push({ text: text.slice(span.start, span.end), match: true });
    cursor = span.end;
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), match: false });
  if (end < text.length) parts.push({ text: ' …', match: false });
  return parts;
}
