import { describe, expect, it } from 'vitest';
import { type CatalogStatement, lowestStatements } from '../../../../main/services/self-analysis/suggestions';

const statements: CatalogStatement[] = [
  { id: 'doen-1', themeId: 'doen', text: 'A' },
  { id: 'doen-2', themeId: 'doen', text: 'B' },
  { id: 'doel-1', themeId: 'doel', text: 'C' },
  { id: 'doel-2', themeId: 'doel', text: 'D' },
];
const ids = (answers: Record<string, number>) =>
  lowestStatements(statements, new Map(Object.entries(answers))).map((s) => `${s.statementId}=${s.value}`);

describe('lowestStatements', () => {
  it('takes every statement answered Oneens or Zeer oneens, lowest first, then in guide order', () => {
    expect(ids({ 'doen-1': 2, 'doen-2': 3, 'doel-1': 1, 'doel-2': 2 })).toEqual(['doel-1=1', 'doen-1=2', 'doel-2=2']);
  });

  it('falls back to the lowest answer when nothing is below Eens', () => {
    expect(ids({ 'doen-1': 4, 'doen-2': 3, 'doel-1': 4, 'doel-2': 3 })).toEqual(['doen-2=3', 'doel-2=3']);
  });

  it('has nothing to suggest when everything is Zeer eens or nothing is answered', () => {
    expect(ids({ 'doen-1': 4, 'doen-2': 4 })).toEqual([]);
    expect(ids({})).toEqual([]);
  });
});
