/** The performance mark `npm run bench` measures time-to-interactive up to. */
export const interactiveMark = 'werkboek:interactive';

/** Marks the moment the first screen has mounted and can be used; once per page load. */
export function markInteractive(): void {
  if (performance.getEntriesByName(interactiveMark).length === 0) performance.mark(interactiveMark);
}
