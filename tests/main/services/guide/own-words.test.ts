import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGuideContent } from '../../../../main/services/guide/load-content';
import { copiedRunWords, copiedStretches, hashRun, runsFile, statementsFile, wordsOf } from './own-words/fingerprint';

/**
 * The guide's content is written in our own words (issue 15). This fails when any text in
 * `resources/content/` shares a run of 12 or more words with "Eerste Hulp Bij
 * Overheidsparticipatie!" (case, accents, punctuation and white space ignored). Two
 * exceptions: the 27 statements, which must stay word for word, and the short list below.
 */
const contentDir = join(__dirname, '../../../../resources/content');
const fingerprintDir = join(__dirname, 'own-words');
const sourceRuns = new Set(readFileSync(join(fingerprintDir, runsFile), 'utf8').split('\n').filter(Boolean));
const statementHashes: Record<string, string> = JSON.parse(readFileSync(join(fingerprintDir, statementsFile), 'utf8'));

/** Quotes that stay word for word, each with its reason. Keep this list short. */
const allowedQuotes: { file: string; path: string; reason: string }[] = [
  {
    file: 'themes/organisatieverandering.json',
    path: 'sections/ridderkerk/body',
    reason: 'The text of the Ridderkerk declaration of trust, which the guide itself quotes.',
  },
  {
    file: 'reasons.json',
    path: 'reasons/meer-nieuwe-collegas/title',
    reason: 'The title of reason 3: the ten titles are the headings by which readers know the list.',
  },
];

/** A statement text: the self-analyses measure with the guide's own words. */
const isStatement = (file: string, path: string) =>
  file === 'self-analyses.json' && /^analyses\/[a-z]+\/statements\/[a-z]+-\d\/text$/.test(path);

interface Passage {
  file: string;
  path: string;
  text: string;
}

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

/** Array items are named by their id (or number, place, theme) so a failure points at the passage. */
function itemName(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const record = item as Record<string, unknown>;
    for (const key of ['id', 'themeId', 'place', 'number']) {
      if (typeof record[key] === 'string' || typeof record[key] === 'number') return String(record[key]);
    }
  }
  return String(index);
}

function passagesOf(file: string, value: unknown, path: string[] = []): Passage[] {
  if (typeof value === 'string') return [{ file, path: path.join('/'), text: value }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => passagesOf(file, item, [...path, itemName(item, index)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => passagesOf(file, child, [...path, key]));
  }
  return [];
}

const passages = contentFiles(contentDir).flatMap((file) =>
  passagesOf(file, JSON.parse(readFileSync(join(contentDir, file), 'utf8'))),
);
const copied = passages
  .map((passage) => ({ ...passage, stretches: copiedStretches(wordsOf(passage.text), sourceRuns) }))
  .filter((passage) => passage.stretches.length > 0);
const isAllowed = (passage: Passage) =>
  isStatement(passage.file, passage.path) ||
  allowedQuotes.some((quote) => quote.file === passage.file && quote.path === passage.path);

describe('guide content in our own words', () => {
  it('finds copied runs: the literal statements share them with the source', () => {
    expect(passages.filter((passage) => isStatement(passage.file, passage.path))).toHaveLength(27);
    const doen1 = passages.find((passage) => passage.path.endsWith('statements/doen-1/text'));
    expect(copied).toContainEqual(expect.objectContaining({ path: doen1?.path }));
  });

  it(`shares no run of ${copiedRunWords} or more words with the guide, except the statements and allowed quotes`, () => {
    const offenders = copied
      .filter((passage) => !isAllowed(passage))
      .map((passage) => `${passage.file} ${passage.path}: ${passage.stretches.join(' … ')}`);
    expect(offenders).toEqual([]);
  });

  it('keeps the allow-list to quotes that are still there', () => {
    for (const quote of allowedQuotes) {
      expect(
        copied.some((passage) => passage.file === quote.file && passage.path === quote.path),
        `${quote.file} ${quote.path}`,
      ).toBe(true);
    }
  });

  it('explains the hardest statements in our own words and says the statements are literal', () => {
    const content = loadGuideContent(contentDir);
    const explained = content.selfAnalyses.analyses
      .flatMap((analysis) => analysis.statements)
      .filter((statement) => statement.explanation)
      .map((statement) => statement.id);
    const hardest = [
      'doen-3',
      'gemeenteraad-1',
      'gemeenteraad-5',
      'geld-2',
      'organisatieverandering-3',
      'organisatieverandering-6',
    ];
    for (const id of hardest) {
      expect(explained, id).toContain(id);
    }
    expect(content.selfAnalyses.literalNote).toMatch(/^De stellingen komen letterlijk uit de gids\./);
  });

  it('keeps the 27 statements word for word as in the guide', () => {
    const content = loadGuideContent(contentDir);
    const statements = content.selfAnalyses.analyses.flatMap((analysis) => analysis.statements);
    expect(Object.fromEntries(statements.map((s) => [s.id, hashRun(wordsOf(s.text))]))).toEqual(statementHashes);
  });
});
