import { describe, expect, it } from 'vitest';
import { aggregateStatements, aggregateThemes, type TeamTheme } from '../../../../main/services/team/aggregate';
import { distribution, quantile, spreadOf } from '../../../../main/services/team/statistics';

describe('quantiles (linear between closest ranks, type 7), worked out by hand', () => {
  it('odd group: 1 2 3 4 5 → median 3, quartiles 2 and 4', () => {
    expect(spreadOf([5, 1, 4, 2, 3], 3)).toEqual({ count: 5, median: 3, q1: 2, q3: 4, iqr: 2 });
  });

  it('even group: 1 2 3 4 → median 2,5, quartiles 1,75 and 3,25', () => {
    expect(spreadOf([4, 3, 2, 1], 3)).toEqual({ count: 4, median: 2.5, q1: 1.75, q3: 3.25, iqr: 1.5 });
  });

  it('even group with ties: 2 2 3 4 4 4 → median 3,5, quartiles 2,25 and 4', () => {
    // positions: median 2,5 → (3+4)/2; q1 1,25 → 2 + ¼·(3−2); q3 3,75 → 4
    expect(spreadOf([4, 2, 4, 3, 2, 4], 3)).toEqual({ count: 6, median: 3.5, q1: 2.25, q3: 4, iqr: 1.75 });
  });

  it('one value is its own median, and no values or too few give nothing', () => {
    expect(quantile([3], 0.25)).toBe(3);
    expect(spreadOf([], 1)).toBeNull();
    expect(spreadOf([1, 2], 3)).toBeNull();
  });

  it('counts the four scale points', () => {
    expect(distribution([1, 4, 4, 2, 4])).toEqual([1, 1, 0, 3]);
  });
});

describe('aggregation over members', () => {
  const theme: TeamTheme = {
    themeId: 'geld',
    title: 'Geld',
    statements: [
      { id: 'geld-1', text: 'Een' },
      { id: 'geld-2', text: 'Twee' },
    ],
  };
  const member = (a: number | undefined, b: number | undefined) =>
    new Map(
      [
        ['geld-1', a],
        ['geld-2', b],
      ].filter((entry): entry is [string, number] => entry[1] !== undefined),
    );

  it('theme median over members’ averages; a member with an empty answer in the theme does not count there', () => {
    // averages 1,5 · 2 · 3 · 4 (the fifth member left geld-2 empty)
    const members = [member(1, 2), member(2, 2), member(3, 3), member(4, 4), member(4, undefined)];
    const [result] = aggregateThemes([theme], members, 3);
    expect(result?.spread).toEqual({ count: 4, median: 2.5, q1: 1.875, q3: 3.25, iqr: 1.375 });
  });

  it('per statement: distribution, empty answers and spread; below the minimum nothing', () => {
    const members = [member(1, 2), member(2, 2), member(3, 3), member(4, 4), member(4, undefined)];
    const [first, second] = aggregateStatements([theme], members, 5);
    expect(first).toMatchObject({ number: 1, counts: [1, 1, 1, 2], unanswered: 0 });
    expect(first?.spread).toEqual({ count: 5, median: 3, q1: 2, q3: 4, iqr: 2 });
    // geld-2 has 4 answers, fewer than the minimum of 5: no figures, only how many are empty.
    expect(second).toMatchObject({ number: 2, counts: null, spread: null, unanswered: 1 });
    expect(aggregateThemes([theme], members, 5)[0]?.spread).toBeNull();
  });
});
