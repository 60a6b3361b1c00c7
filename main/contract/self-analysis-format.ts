/**
 * How self-analysis figures and dates read in Dutch, shared by the screens and the PDF so
 * both say exactly the same. Pure Intl; the formatters are made on first use (see once.ts).
 */
import { once } from './once';

const dateFormat = once(() => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }));
const shortDateFormat = once(
  () => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric' }),
);
const averageFormat = once(
  () => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
);

/** "12 maart 2026". */
export function formatDate(iso: string): string {
  return dateFormat().format(new Date(iso));
}

/** "12 mrt 2026", for tight places such as chart axes. */
export function formatShortDate(iso: string): string {
  return shortDateFormat().format(new Date(iso));
}

/** "3,2". */
export function formatAverage(average: number): string {
  return averageFormat().format(average);
}

/** How a run is called on screen: its own name, or its date. */
export function runTitle(run: { name: string; createdAt: string }): string {
  return run.name || `Zelfanalyse van ${formatDate(run.createdAt)}`;
}

/** Says in words whether something went up, down or stayed the same, for screen readers and for colour-blind eyes. */
export function changeWords(change: number): string {
  const rounded = Math.round(change * 10) / 10;
  if (rounded > 0) return `${averageFormat().format(rounded)} hoger`;
  if (rounded < 0) return `${averageFormat().format(-rounded)} lager`;
  return 'gelijk';
}
