import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hyphenationPoints } from '../../../../main/services/pdf/hyphenate';
import { breakLines, type Line, runWidth } from '../../../../main/services/pdf/line-breaker';

/** A monospaced stand-in for the font (5 points a character), counting how often it is asked. */
function countingMeasure() {
  const counter = { calls: 0 };
  const measure = (text: string) => {
    counter.calls += 1;
    return Array.from(text).length * 5;
  };
  return { measure, counter };
}

const lineWidth = (line: Line, measure: (text: string) => number) =>
  line.reduce((sum, run) => sum + runWidth(run, measure), 0);

/** The words a reader gets back: ActualText where a word was broken, the drawn text elsewhere. */
function wordsRead(lines: readonly Line[]): string[] {
  const text = lines
    .map((line) => line.map((run) => (run.actual === undefined ? run.text : run.actual)).join(''))
    .join(' ');
  return text.split(/\s+/).filter(Boolean);
}

describe('breakLines', () => {
  it('hyphenates a Dutch compound with a visible hyphen and keeps the whole word for the text layer', () => {
    const { measure } = countingMeasure();
    const lines = breakLines('De Initiatiefnemers kwamen', 60, measure);
    const pieces = lines.flatMap((line) => line.filter((run) => run.actual !== undefined));
    expect(pieces[0]?.text).toMatch(/^(De )?Ini.*-$/);
    expect(pieces[0]?.actual).toBe('Initiatiefnemers');
    for (const piece of pieces.slice(1)) expect(piece.actual).toBe('');
    expect(pieces.map((piece) => piece.text.replace(/-$/, '')).join('')).toBe('Initiatiefnemers');
    expect(wordsRead(lines)).toEqual(['De', 'Initiatiefnemers', 'kwamen']);
  });

  it('uses the Dutch patterns: at least two letters stay, three go, never before a trema', () => {
    expect(hyphenationPoints('Initiatiefnemers').map((point) => point.at)).toContain('Initiatief'.length);
    for (const word of ['Participatiecoördinator', 'Wijkcoördinator', 'IJsselstein']) {
      for (const { at } of hyphenationPoints(word)) {
        expect(at).toBeGreaterThanOrEqual(2);
        expect(word.length - at).toBeGreaterThanOrEqual(3);
        expect(word[at]).not.toBe('ö');
      }
    }
    // After an explicit hyphen between letters, not inside a date.
    expect(hyphenationPoints('Kovačević-IJzerman')).toContainEqual({ at: 'Kovačević-'.length, addHyphen: false });
    expect(hyphenationPoints('15-09-2027')).toEqual([]);
  });

  it('breaks a 20 000-character word between characters with a hyphen, in linear work', () => {
    const { measure, counter } = countingMeasure();
    const word = 'x'.repeat(20_000);
    const lines = breakLines(`kort ${word} einde`, 100, measure);
    for (const line of lines) expect(lineWidth(line, measure)).toBeLessThanOrEqual(100);
    const pieces = lines.flatMap((line) => line.filter((run) => run.actual !== undefined));
    expect(pieces.length).toBeGreaterThan(900);
    expect(pieces.slice(0, -1).every((piece) => piece.text.endsWith('-'))).toBe(true);
    // Compared as booleans: a failing 20 000-character diff is unreadable.
    expect(pieces.map((piece) => piece.text.replace(/-$/, '')).join('') === word).toBe(true);
    expect(wordsRead(lines).map((read) => (read === word ? 'WORD' : read))).toEqual(['kort', 'WORD', 'einde']);
    // Linear: a few measurements per character (the font's own cache comes on top), never one per prefix.
    counter.calls = 0;
    breakLines(word, 100, measure);
    expect(counter.calls).toBeLessThan(word.length * 6);
  });

  it('never makes a line wider than asked, never loses or reorders a word, and keeps line breaks', () => {
    const word = fc.oneof(
      fc.constantFrom('Initiatiefnemers', 'Wijkcoördinator', 'co-creatie', 'IJsselstein', 'de', 'wijk', '15-09-2027'),
      fc.string({ minLength: 1, maxLength: 90 }).map((text) => text.replace(/\s/g, 'a')),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 20, max: 300 }), (words, width) => {
        const { measure } = countingMeasure();
        const lines = breakLines(words.join(' '), width, measure);
        for (const line of lines) {
          // One character (5 pt) plus its hyphen is the least a line can hold.
          expect(lineWidth(line, measure)).toBeLessThanOrEqual(Math.max(width, 10));
        }
        expect(wordsRead(lines)).toEqual(words);
      }),
      { numRuns: 200 },
    );
    expect(breakLines('een\n\ntwee', 200, countingMeasure().measure)).toHaveLength(3);
  });
});
