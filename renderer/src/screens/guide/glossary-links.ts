import { routeHref } from '../../app/routes';
/** A glossary term and the words that should link to it. */
export interface LinkableTerm {
  id: string;
  term: string;
  aliases: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Turns the first mention of each glossary term in a Markdown text into a link to its
 * entry (`#/gids/begrippen/begrip-<id>`). Longer names win over shorter ones, text already
 * inside a link is left alone, and a term never links to itself (`except`).
 */
export function linkGlossaryTerms(markdown: string, terms: readonly LinkableTerm[], except?: string): string {
  const names = terms
    .filter((term) => term.id !== except)
    .flatMap((term) => [term.term, ...term.aliases].map((name) => ({ name, id: term.id })))
    .filter((entry) => entry.name.length >= 3)
    .sort((a, b) => b.name.length - a.name.length);
  if (names.length === 0) return markdown;
  const pattern = new RegExp(
    `(\\[[^\\]]*\\]\\([^)]*\\))|(?<![\\p{L}\\p{N}-])(${names.map((n) => escapeRegExp(n.name)).join('|')})(?![\\p{L}\\p{N}-])`,
    'giu',
  );
  const linked = new Set<string>();
  return markdown.replace(pattern, (match, existingLink: string | undefined, word: string | undefined) => {
    if (existingLink || !word) return match;
    const entry = names.find((n) => n.name.toLowerCase() === word.toLowerCase());
    if (!entry || linked.has(entry.id)) return match;
    linked.add(entry.id);
    return `[${word}](${routeHref('/gids', 'begrippen', `begrip-${entry.id}`)})`;
  });
}
