import { describe, expect, it } from 'vitest';
import {
  changeWords,
  formatAverage,
  formatDate,
  formatDateTime,
  runTitle,
  runTitleWithDate,
} from '../../../main/contract/self-analysis-format';

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

  it('names a run by its name, or else by its date and time, so two runs of one day differ', () => {
    const morning = '2026-03-12T10:00:00.000Z';
    const afternoon = '2026-03-12T14:05:00.000Z';
    // The time is shown in the computer's own time zone.
    const clock = (iso: string) => {
      const moment = new Date(iso);
      return `${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}`;
    };
    expect(formatDate(morning)).toBe('12 maart 2026');
    expect(formatDateTime(afternoon)).toBe(`12 maart 2026, ${clock(afternoon)}`);
    expect(runTitle({ name: '', createdAt: morning })).toBe(`Zelfanalyse van 12 maart 2026, ${clock(morning)}`);
    expect(runTitle({ name: '', createdAt: morning })).not.toBe(runTitle({ name: '', createdAt: afternoon }));
    expect(runTitle({ name: 'Voorjaar', createdAt: morning })).toBe('Voorjaar');
    expect(runTitleWithDate({ name: 'Voorjaar', createdAt: morning })).toBe(
      `Voorjaar (12 maart 2026, ${clock(morning)})`,
    );
    expect(runTitleWithDate({ name: '', createdAt: morning })).toBe(runTitle({ name: '', createdAt: morning }));
  });
});
