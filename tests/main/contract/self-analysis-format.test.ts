import { describe, expect, it } from 'vitest';
import { changeWords, formatAverage, formatDate, runTitle } from '../../../main/contract/self-analysis-format';

describe('self-analysis formatting (nl-NL)', () => {
  it('writes averages with a Dutch comma and one decimal', () => {
    expect(formatAverage(16 / 6)).toBe('2,7');
    expect(formatAverage(3)).toBe('3,0');
  });

  it('says a change in words, and calls what one decimal cannot show "gelijk"', () => {
    expect(changeWords(0.4)).toBe('0,4 hoger');
    expect(changeWords(-0.2)).toBe('0,2 lager');
    expect(changeWords(0.0000001)).toBe('gelijk');
  });

  it('names a run by its name, or else by its date', () => {
    expect(formatDate('2026-03-12T10:00:00.000Z')).toBe('12 maart 2026');
    expect(runTitle({ name: '', createdAt: '2026-03-12T10:00:00.000Z' })).toBe('Zelfanalyse van 12 maart 2026');
    expect(runTitle({ name: 'Voorjaar', createdAt: '2026-03-12T10:00:00.000Z' })).toBe('Voorjaar');
  });
});
