const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });

/** An ISO moment as "12 maart 2027". */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** An ISO moment as "12 maart 2027 om 14:05". */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** A calendar date `YYYY-MM-DD` as "15 maart 2027" (no time zone shift); '' stays ''. */
export function formatCalendarDate(date: string): string {
  if (date === '') return '';
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
