/**
 * How self-analysis figures and dates read in Dutch, shared by the screens and the PDF so
 * both say exactly the same. Pure Intl; the formatters are made on first use (see once.ts).
 */
import { once } from './once';

const dateFormat = once(() => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }));
const shortDateFormat = once(
  () => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric' }),
);
const timeFormat = once(() => new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' }));
const averageFormat = once(
  () => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
);

/** "12 maart 2026". */
export function formatDate(iso: string): string {
  return dateFormat().format(new Date(iso));
}

/** "12 maart 2026, 14:05": two runs of one day told apart by their time. */
export function formatDateTime(iso: string): string {
  const moment = new Date(iso);
  return `${dateFormat().format(moment)}, ${timeFormat().format(moment)}`;
}

/** "12 mrt 2026", for tight places such as chart axes. */
export function formatShortDate(iso: string): string {
  return shortDateFormat().format(new Date(iso));
}

/** "3,2". */
export function formatAverage(average: number): string {
  return averageFormat().format(average);
}

/** How a run is called on screen: its own name, or its date and time (two runs of one day differ). */
export function runTitle(run: { name: string; createdAt: string }): string {
  return run.name || `Zelfanalyse van ${formatDateTime(run.createdAt)}`;
}

/** A run's title with its date and time behind a name, so a named run still says when it was. */
export function runTitleWithDate(run: { name: string; createdAt: string }): string {
  return run.name ? `${run.name} (${formatDateTime(run.createdAt)})` : runTitle(run);
}

/** Says in words whether something went up, down or stayed the same, for screen readers and for colour-blind eyes. */
export function changeWords(change: number): string {
  const rounded = Math.round(change * 10) / 10;
  if (rounded > 0) return `${averageFormat().format(rounded)} hoger`;
  if (rounded < 0) return `${averageFormat().format(-rounded)} lager`;
  return 'gelijk';
}
