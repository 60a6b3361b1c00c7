import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldAccents, stemForm, words } from './dutch-terms';
import type { Passage } from './guide-passages';

/** Where the guide's precomputed stem table lives; `npm run stems` writes it. */
export const guideStemsFile = (resourcesDir: string) => join(resourcesDir, 'search', 'guide-stems.json');

/** Every distinct accent-free word form of the passages with its term, sorted by form. */
export function computeGuideStems(passages: readonly Passage[]): Record<string, string> {
  const forms = new Set(passages.flatMap((p) => words(`${p.title} ${p.text}`).map((w) => foldAccents(w.word))));
  return Object.fromEntries([...forms].sort().map((form) => [form, stemForm(form)]));
}

/**
 * The stem table shipped with the guide, so building the search index does not run the slow
 * stemmer on every word. A missing or unreadable table only makes the first search slower.
 */
export function loadGuideStems(resourcesDir: string): Record<string, string> {
  const file = guideStemsFile(resourcesDir);
  if (!existsSync(file)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}
