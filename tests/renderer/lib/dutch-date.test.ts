import { describe, expect, it } from 'vitest';
import { formatDutchDate, parseDutchDate } from '../../../renderer/src/lib/dutch-date';

const iso = (text: string) => {
  const parsed = parseDutchDate(text);
  return parsed.kind === 'date' ? parsed.iso : parsed.kind;
};
const message = (text: string) => {
  const parsed = parseDutchDate(text);
  return parsed.kind === 'invalid' ? parsed.message : `not invalid: ${parsed.kind}`;
};

describe('parseDutchDate', () => {
  it('reads day first, whatever the locale would do', () => {
    expect(iso('15-01-2027')).toBe('2027-01-15');
    expect(iso('01-12-2027')).toBe('2027-12-01');
  });

  it('accepts one-digit days and months and the usual separators', () => {
    expect(iso('15-1-2027')).toBe('2027-01-15');
    expect(iso('5-1-2027')).toBe('2027-01-05');
    expect(iso('15/01/2027')).toBe('2027-01-15');
    expect(iso('15.01.2027')).toBe('2027-01-15');
  });

  it('allows spaces around the date and its parts', () => {
    expect(iso('  15-01-2027 ')).toBe('2027-01-15');
    expect(iso('15 - 01 - 2027')).toBe('2027-01-15');
    expect(iso('15 01 2027')).toBe('2027-01-15');
  });

  it('takes a pasted ISO date as it is', () => {
    expect(iso('2027-01-15')).toBe('2027-01-15');
  });

  it('treats an empty or blank field as no date', () => {
    expect(iso('')).toBe('empty');
    expect(iso('   ')).toBe('empty');
  });

  it('knows leap years: 29-02 only in a leap year, 1900 not, 2000 yes', () => {
    expect(iso('29-02-2028')).toBe('2028-02-29');
    expect(iso('29-02-2000')).toBe('2000-02-29');
    expect(message('29-02-2027')).toBe('29-02-2027 bestaat niet. Kijk de dag en de maand na.');
    expect(message('29-02-1900')).toBe('29-02-1900 bestaat niet. Kijk de dag en de maand na.');
  });

  it('names an impossible date in Dutch', () => {
    expect(message('31-02-2027')).toBe('31-02-2027 bestaat niet. Kijk de dag en de maand na.');
    expect(message('31-4-2027')).toBe('31-04-2027 bestaat niet. Kijk de dag en de maand na.');
    expect(message('15-13-2027')).toBe('15-13-2027 bestaat niet. Kijk de dag en de maand na.');
    expect(message('0-01-2027')).toBe('00-01-2027 bestaat niet. Kijk de dag en de maand na.');
    expect(message('2027-02-30')).toBe('30-02-2027 bestaat niet. Kijk de dag en de maand na.');
  });

  it('rejects a two-digit year instead of guessing the century', () => {
    expect(message('15-01-27')).toBe('Schrijf het jaar met vier cijfers, bijvoorbeeld 15-01-2027.');
    expect(message('15-01-20271')).toBe('Schrijf het jaar met vier cijfers, bijvoorbeeld 15-01-2027.');
  });

  it('rejects years the contract does not accept', () => {
    expect(message('15-01-1899')).toBe('Kies een jaar tussen 1900 en 2199.');
    expect(message('15-01-2200')).toBe('Kies een jaar tussen 1900 en 2199.');
  });

  it('asks for the format when the text is no date at all', () => {
    for (const text of ['morgen', '15-01', '15--01-2027', '01/15/2027x', '15 januari 2027']) {
      expect(message(text), text).toBe('Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 15-01-2027.');
    }
  });

  it('does not read an American date as a Dutch one', () => {
    expect(message('01/15/2027')).toBe('01-15-2027 bestaat niet. Kijk de dag en de maand na.');
  });
});

describe('formatDutchDate', () => {
  it('shows a stored date day first', () => {
    expect(formatDutchDate('2027-01-15')).toBe('15-01-2027');
    expect(formatDutchDate('')).toBe('');
  });

  it('round-trips every day of a leap year', () => {
    const day = new Date(Date.UTC(2028, 0, 1));
    while (day.getUTCFullYear() === 2028) {
      const stored = day.toISOString().slice(0, 10);
      expect(iso(formatDutchDate(stored))).toBe(stored);
      day.setUTCDate(day.getUTCDate() + 1);
    }
  });
});
