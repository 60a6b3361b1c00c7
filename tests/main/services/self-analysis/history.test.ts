import { describe, expect, it } from 'vitest';
import type { RunScope } from '../../../../main/contract/self-analysis-channels';
import { compareRuns, type ScoredRun, sincePrevious } from '../../../../main/services/self-analysis/history';
import { scoreRun, type ThemeStatements } from '../../../../main/services/self-analysis/scoring';

const labels = ['Zeer oneens', 'Oneens', 'Eens', 'Zeer eens'];
const analyses: ThemeStatements[] = [
  { themeId: 'doen', statements: [{ id: 'doen-1' }, { id: 'doen-2' }] },
  { themeId: 'geld', statements: [{ id: 'geld-1' }, { id: 'geld-2' }, { id: 'geld-3' }] },
];

function run(id: number, scope: RunScope, entries: Record<string, number>): ScoredRun {
  const answers = new Map(Object.entries(entries));
  const createdAt = `2026-0${id}-01T09:00:00.000Z`;
  return {
    summary: { id, name: '', scope, createdAt, updatedAt: createdAt, ...scoreRun(analyses, scope, answers, labels) },
    answers,
  };
}

// Three runs: the first complete, the second complete for Doen only, the third complete.
const first = run(1, 'all', { 'doen-1': 2, 'doen-2': 2, 'geld-1': 1, 'geld-2': 2, 'geld-3': 3 });
const second = run(2, 'all', { 'doen-1': 3, 'doen-2': 2, 'geld-1': 4 });
const third = run(3, 'all', { 'doen-1': 4, 'doen-2': 3, 'geld-1': 2, 'geld-2': 2, 'geld-3': 2 });
const history = [first, second, third];

describe('sincePrevious', () => {
  it('compares each complete theme with the latest earlier run where that theme was complete', () => {
    const changes = sincePrevious(third, history, analyses);
    // Doen: previous complete is run 2 (3+2)/2 = 2.5 → (4+3)/2 = 3.5; Geld: run 2 is incomplete, so run 1: 2.0 → 2.0.
    expect(changes.map((c) => [c.themeId, c.previousRunId, c.before, c.after, c.change])).toEqual([
      ['doen', 2, 2.5, 3.5, 1],
      ['geld', 1, 2, 2, 0],
    ]);
    expect(changes[0]?.statements.map((s) => [s.statementId, s.before, s.after, s.change])).toEqual([
      ['doen-1', 3, 4, 1],
      ['doen-2', 2, 3, 1],
    ]);
    expect(changes[1]?.statements.map((s) => s.change)).toEqual([1, 0, -1]);
  });

  it('says nothing for an incomplete theme, and nothing for the first run', () => {
    expect(sincePrevious(second, history, analyses).map((c) => c.themeId)).toEqual(['doen']);
    expect(sincePrevious(first, history, analyses)).toEqual([]);
  });
});

describe('compareRuns', () => {
  it('compares complete themes only and shows every statement with its move', () => {
    const comparison = compareRuns(first, second, analyses);
    expect(comparison.themes.map((t) => [t.themeId, t.change])).toEqual([
      ['doen', 0.5],
      ['geld', null],
    ]);
    expect(comparison.statements.map((s) => [s.statementId, s.before, s.after, s.change])).toEqual([
      ['doen-1', 2, 3, 1],
      ['doen-2', 2, 2, 0],
      ['geld-1', 1, 4, 3],
      ['geld-2', 2, null, null],
      ['geld-3', 3, null, null],
    ]);
  });

  it('covers the themes of either run when one is for a single theme', () => {
    const single = run(4, 'geld', { 'geld-1': 3, 'geld-2': 3, 'geld-3': 3 });
    const comparison = compareRuns(single, third, analyses);
    expect(comparison.themes.map((t) => [t.themeId, t.before?.average ?? null, t.after?.average, t.change])).toEqual([
      ['doen', null, 3.5, null],
      ['geld', 3, 2, -1],
    ]);
  });
});
