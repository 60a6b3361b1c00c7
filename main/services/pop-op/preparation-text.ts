import { once } from '../../contract/once';

/** A text on one line, cut at a word before `max` characters with "…": the preparation names things, it does not repeat them. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

const amsterdamDay = once(
  () =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }),
);

/** The calendar day `YYYY-MM-DD` of a moment in the Netherlands, where the user is. */
export function dutchCalendarDay(moment: Date): string {
  const parts = Object.fromEntries(
    amsterdamDay()
      .formatToParts(moment)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}
