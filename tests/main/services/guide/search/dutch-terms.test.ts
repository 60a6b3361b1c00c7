import { describe, expect, it } from 'vitest';
import { foldAccents, termFor, termMatch, termOf, words } from '../../../../../main/services/guide/search/dutch-terms';

describe('Dutch search terms', () => {
  it('fold accents so coöperatie and cooperatie meet', () => {
    expect(foldAccents('Coöperatie, reünie, café, Kovačević')).toBe('cooperatie, reunie, cafe, kovacevic');
    expect(termOf('coöperatie')).toBe(termOf('cooperatie'));
  });

  it.each([
    ['initiatieven', 'initiatief'],
    ['gemeenten', 'gemeente'],
    ['financiering', 'financieren'],
    ['burgers', 'burger'],
    ['ambtenaren', 'ambtenaar'],
  ])('stem %s and %s to the same term', (a, b) => {
    expect(termOf(a)).toBe(termOf(b));
  });

  it('let a query term match a longer form by prefix (subsidie → subsidies), not short words', () => {
    expect(termMatch(termFor('subsidie'), termFor('subsidies'))).toBeGreaterThan(0);
    expect(termMatch(termFor('raad'), termFor('raadslid'))).toBeGreaterThan(0);
    expect(termMatch(termFor('de'), termFor('democratie'))).toBe(0);
    expect(termMatch(termFor('geld'), termFor('regels'))).toBe(0);
    expect(termMatch(termFor('initiatieven'), termFor('initiatief'))).toBe(1);
  });

  it('split text into words with positions, keeping G1000 whole', () => {
    expect(words('De G1000 en het bewonersbudget.')).toEqual([
      { word: 'De', start: 0, end: 2 },
      { word: 'G1000', start: 3, end: 8 },
      { word: 'en', start: 9, end: 11 },
      { word: 'het', start: 12, end: 15 },
      { word: 'bewonersbudget', start: 16, end: 30 },
    ]);
  });
});
