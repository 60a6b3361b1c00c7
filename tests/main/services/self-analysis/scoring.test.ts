import { describe, expect, it } from 'vitest';
import { readScore } from '../../../../main/services/self-analysis/reading';
import { scoreRun, scoreTheme, type ThemeStatements } from '../../../../main/services/self-analysis/scoring';

const labels = ['Zeer oneens', 'Oneens', 'Eens', 'Zeer eens'];
const theme = (themeId: ThemeStatements['themeId'], count: number): ThemeStatements => ({
  themeId,
  statements: Array.from({ length: count }, (_, index) => ({ id: `${themeId}-${index + 1}` })),
});
const analyses = [
  theme('doen', 5),
  theme('doel', 5),
  theme('gemeenteraad', 6),
  theme('geld', 5),
  theme('organisatieverandering', 6),
];
const answers = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('scoreTheme', () => {
  it('sums and averages a complete theme of five (3+4+2+3+3 = 15, 15/5 = 3.0)', () => {
    const score = scoreTheme(
      theme('doen', 5),
      answers({ 'doen-1': 3, 'doen-2': 4, 'doen-3': 2, 'doen-4': 3, 'doen-5': 3 }),
      labels,
    );
    expect(score).toMatchObject({ sum: 15, average: 3, answeredCount: 5, statementCount: 5, complete: true });
    expect(score.reading).toBe(
      'Gemiddeld 3,0 op de schaal van 1 tot 4 (samen 15 van de 20 punten). Dat is gemiddeld ‘Eens’.',
    );
  });

  it('averages a theme of six so it compares fairly with one of five (1+2+2+3+4+4 = 16, 16/6 ≈ 2.67)', () => {
    const score = scoreTheme(
      theme('gemeenteraad', 6),
      answers({
        'gemeenteraad-1': 1,
        'gemeenteraad-2': 2,
        'gemeenteraad-3': 2,
        'gemeenteraad-4': 3,
        'gemeenteraad-5': 4,
        'gemeenteraad-6': 4,
      }),
      labels,
    );
    expect(score.sum).toBe(16);
    expect(score.average).toBeCloseTo(16 / 6, 10);
    expect(score.complete).toBe(true);
    expect(score.reading).toBe(
      'Gemiddeld 2,7 op de schaal van 1 tot 4 (samen 16 van de 24 punten). Dat ligt tussen ‘Oneens’ en ‘Eens’.',
    );
  });

  it('takes answers as they are: no weighting and no reverse scoring (all 1 = 1.0, all 4 = 4.0)', () => {
    const ones = Object.fromEntries(analyses[2]?.statements.map((s) => [s.id, 1]) ?? []);
    const fours = Object.fromEntries(analyses[2]?.statements.map((s) => [s.id, 4]) ?? []);
    expect(scoreTheme(theme('gemeenteraad', 6), answers(ones), labels)).toMatchObject({ sum: 6, average: 1 });
    expect(scoreTheme(theme('gemeenteraad', 6), answers(fours), labels)).toMatchObject({ sum: 24, average: 4 });
  });

  it('marks an incomplete theme as such, with the average over what was answered, never as zero', () => {
    const score = scoreTheme(theme('doel', 5), answers({ 'doel-1': 2, 'doel-4': 3 }), labels);
    expect(score).toMatchObject({ sum: 5, average: 2.5, answeredCount: 2, statementCount: 5, complete: false });
    expect(score.reading).toBe(
      'Nog niet compleet: 2 van 5 stellingen beantwoord. Voorlopig gemiddelde over de beantwoorde stellingen: 2,5.',
    );
  });

  it('gives no average at all for a theme without answers', () => {
    const score = scoreTheme(theme('geld', 5), answers({ 'doen-1': 4 }), labels);
    expect(score).toMatchObject({ sum: 0, average: null, answeredCount: 0, complete: false });
    expect(score.reading).toBe('Nog niet ingevuld.');
  });
});

describe('scoreRun', () => {
  it('scores the five themes of a complete run (27 answers)', () => {
    const all: Record<string, number> = {};
    analyses.forEach((t, themeIndex) => {
      t.statements.forEach((s, index) => {
        all[s.id] = ((themeIndex + index) % 4) + 1;
      });
    });
    const run = scoreRun(analyses, 'all', answers(all), labels);
    expect(run.complete).toBe(true);
    expect(run.answeredCount).toBe(27);
    expect(run.statementCount).toBe(27);
    // doen: 1,2,3,4,1 = 11; doel: 2,3,4,1,2 = 12; raad: 3,4,1,2,3,4 = 17; geld: 4,1,2,3,4 = 14; org: 1,2,3,4,1,2 = 13
    expect(run.themes.map((t) => [t.themeId, t.sum, t.average])).toEqual([
      ['doen', 11, 11 / 5],
      ['doel', 12, 12 / 5],
      ['gemeenteraad', 17, 17 / 6],
      ['geld', 14, 14 / 5],
      ['organisatieverandering', 13, 13 / 6],
    ]);
  });

  it('is incomplete as long as one statement in scope is open', () => {
    const run = scoreRun(
      analyses,
      'all',
      answers({ 'doen-1': 4, 'doen-2': 4, 'doen-3': 4, 'doen-4': 4, 'doen-5': 4 }),
      labels,
    );
    expect(run.complete).toBe(false);
    expect(run.answeredCount).toBe(5);
    expect(run.themes.filter((t) => t.complete).map((t) => t.themeId)).toEqual(['doen']);
  });

  it('covers only its theme when the run is for one theme, and is complete when that theme is', () => {
    const run = scoreRun(
      analyses,
      'geld',
      answers({ 'geld-1': 1, 'geld-2': 2, 'geld-3': 3, 'geld-4': 4, 'geld-5': 1 }),
      labels,
    );
    expect(run.themes.map((t) => t.themeId)).toEqual(['geld']);
    expect(run).toMatchObject({ complete: true, answeredCount: 5, statementCount: 5 });
    expect(run.themes[0]).toMatchObject({ sum: 11, average: 2.2 });
  });
});

describe('readScore', () => {
  it('places a rounded whole average on its label and an average between two labels between them', () => {
    expect(readScore({ statementCount: 5, answeredCount: 5, sum: 20, average: 4 }, labels)).toContain(
      'Dat is gemiddeld ‘Zeer eens’.',
    );
    expect(readScore({ statementCount: 5, answeredCount: 5, sum: 5, average: 1 }, labels)).toContain(
      'Dat is gemiddeld ‘Zeer oneens’.',
    );
    expect(readScore({ statementCount: 6, answeredCount: 6, sum: 10, average: 10 / 6 }, labels)).toContain(
      'Dat ligt tussen ‘Zeer oneens’ en ‘Oneens’.',
    );
  });
});
