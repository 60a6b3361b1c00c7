/**
 * Calendar dates as the user reads and writes them (dd-mm-jjjj), whatever the browser's or the
 * system's locale, and as they are stored (ISO yyyy-mm-dd). A browser's own date field follows
 * the system locale: on an English Windows it reads mm/dd/yyyy, so 15-01-2027 was saved as
 * 2027-12-01. This module is the one place that turns typed text into a stored date.
 */

export type ParsedDate = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid'; message: string };

/** The years the contract accepts (`dateOrEmptySchema`). */
const firstYear = 1900;
const lastYear = 2199;

export const dateFormatHint = 'dd-mm-jjjj';
const example = '15-01-2027';

// Day, month and year split by "-", "/", "." or spaces; spaces around the parts are allowed.
const dutchPattern = /^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d+)$/;
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads "15-01-2027", "15-1-2027", "15/01/2027", "15.01.2027" (and a pasted ISO date). */
export function parseDutchDate(text: string): ParsedDate {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const iso = isoPattern.exec(trimmed);
  if (iso) return checkedDate(Number(iso[3]), Number(iso[2]), iso[1] ?? '');
  const dutch = dutchPattern.exec(trimmed);
  if (!dutch) return { kind: 'invalid', message: `Schrijf de datum als ${dateFormatHint}, bijvoorbeeld ${example}.` };
  return checkedDate(Number(dutch[1]), Number(dutch[2]), dutch[3] ?? '');
}

function checkedDate(day: number, month: number, yearDigits: string): ParsedDate {
  if (yearDigits.length !== 4) {
    return { kind: 'invalid', message: `Schrijf het jaar met vier cijfers, bijvoorbeeld ${example}.` };
  }
  const year = Number(yearDigits);
  const shown = `${pad(day)}-${pad(month)}-${yearDigits}`;
  if (!existsOnCalendar(day, month, year)) {
    return { kind: 'invalid', message: `${shown} bestaat niet. Kijk de dag en de maand na.` };
  }
  if (year < firstYear || year > lastYear) {
    return { kind: 'invalid', message: `Kies een jaar tussen ${firstYear} en ${lastYear}.` };
  }
  return { kind: 'date', iso: `${yearDigits}-${pad(month)}-${pad(day)}` };
}

function existsOnCalendar(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(month, year);
}

function daysInMonth(month: number, year: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A stored ISO date as "15-01-2027"; '' (no date) stays '', anything else is shown as stored. */
export function formatDutchDate(iso: string): string {
  const match = isoPattern.exec(iso);
  if (!match) return iso;
  return `${match[3]}-${match[2]}-${match[1]}`;
}
