import { termMatch, termOf, words } from './dutch-terms';
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
  /** Every distinct term, for prefix matching. */
  vocabulary: string[];
  averageLength: number;
}

export function buildSearchIndex(passages: readonly Passage[]): SearchIndex {
  const indexed = passages.map((passage) => {
    const terms = new Map<string, number>();
    const textWords = words(`${passage.title} ${passage.text}`);
    for (const { word } of textWords) {
      const term = termOf(word);
      terms.set(term, (terms.get(term) ?? 0) + 1);
    }
    return {
      passage,
      terms,
      titleTerms: new Set(words(passage.title).map((w) => termOf(w.word))),
      length: textWords.length,
    };
  });
  const vocabulary = [...new Set(indexed.flatMap((p) => [...p.terms.keys()]))];
  const averageLength = indexed.reduce((sum, p) => sum + p.length, 0) / Math.max(1, indexed.length);
  return { passages: indexed, vocabulary, averageLength };
}

/**
 * BM25-style ranking; every query word must match (exactly or by prefix) for a passage to
 * count, so "subsidie gemeente" narrows rather than widens. Titles weigh double.
 */
export function searchGuide(index: SearchIndex, query: string, limit = 30): SearchHit[] {
  const queryTerms = [...new Set(words(query).map((w) => termOf(w.word)))].filter((term) => term.length > 0);
  if (queryTerms.length === 0) return [];
  const expansions = queryTerms.map((queryTerm) =>
    index.vocabulary.map((term) => ({ term, weight: termMatch(queryTerm, term) })).filter((e) => e.weight > 0),
  );
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
export function snippet(text: string, queryTerms: readonly string[]): SnippetPart[] {
  const matches = words(text).filter(({ word }) => queryTerms.some((q) => termMatch(q, termOf(word)) > 0));
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
