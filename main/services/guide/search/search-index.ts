import { type Term, termFor, termMatch, words } from './dutch-terms';
import type { Passage } from './guide-passages';

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
}

/** An in-memory index over the guide's passages (a few hundred; built in milliseconds). */
export interface SearchIndex {
  passages: IndexedPassage[];
  /** Every distinct word form with its stem, for prefix matching. */
  vocabulary: Term[];
  averageLength: number;
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
    return { passage, terms, titleTerms, length: textWords.length };
  });
  const averageLength = indexed.reduce((sum, p) => sum + p.length, 0) / Math.max(1, indexed.length);
  return { passages: indexed, vocabulary: [...vocabulary].map(([form, stem]) => ({ form, stem })), averageLength };
}

/**
 * BM25-style ranking; every query word must match (exactly or by prefix) for a passage to
 * count, so "subsidie gemeente" narrows rather than widens. Titles weigh double.
 */
export function searchGuide(index: SearchIndex, query: string, limit = 30): SearchHit[] {
  const queryTerms = words(query).map((w) => termFor(w.word));
  if (queryTerms.length === 0) return [];
  // Per query word: every stem in the guide it matches, with the best weight.
  const expansions = queryTerms.map((queryTerm) => {
    const weights = new Map<string, number>();
    for (const term of index.vocabulary) {
      const weight = termMatch(queryTerm, term);
      if (weight > (weights.get(term.stem) ?? 0)) weights.set(term.stem, weight);
    }
    return [...weights].map(([term, weight]) => ({ term, weight }));
  });
  const count = index.passages.length;
  const documentFrequency = (term: string) => index.passages.filter((p) => p.terms.has(term)).length;
  const idf = new Map<string, number>();
  for (const expansion of expansions) {
    for (const { term } of expansion) {
      if (!idf.has(term)) {
        const df = documentFrequency(term);
        idf.set(term, Math.log(1 + (count - df + 0.5) / (df + 0.5)));
      }
    }
  }

  const hits: SearchHit[] = [];
  for (const entry of index.passages) {
    let score = 0;
    let allMatched = true;
    for (const expansion of expansions) {
      let best = 0;
      for (const { term, weight } of expansion) {
        const frequency = entry.terms.get(term);
        if (!frequency) continue;
        const k1 = 1.2;
        const b = 0.75;
        const tf = (frequency * (k1 + 1)) / (frequency + k1 * (1 - b + (b * entry.length) / index.averageLength));
        const inTitle = entry.titleTerms.has(term) ? 2 : 1;
        best = Math.max(best, weight * (idf.get(term) ?? 0) * tf * inTitle);
      }
      if (best === 0) allMatched = false;
      score += best;
    }
    if (!allMatched) continue;
    const { passage } = entry;
    hits.push({
      key: passage.key,
      pageId: passage.pageId,
      blockId: passage.blockId,
      pageTitle: passage.pageTitle,
      title: passage.title,
      score,
      snippet: snippet(passage.text, queryTerms),
    });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

const snippetRadius = 110;

/** Up to ~220 characters of the passage around its first match, with every matching word marked. */
export function snippet(text: string, queryTerms: readonly Term[]): SnippetPart[] {
  const matches = words(text).filter(({ word }) => {
    const term = termFor(word);
    return queryTerms.some((query) => termMatch(query, term) > 0);
  });
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
