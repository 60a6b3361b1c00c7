/**
 * The calendar day of a moment on this computer's clock, as `YYYY-MM-DD` (not UTC: at 00:30
 * in the Netherlands it is already the next day). Shared by main's reminders and the screens.
 */
export function localIsoDate(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
