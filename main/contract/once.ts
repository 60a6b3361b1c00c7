/**
 * A value made on first use and then kept. For module-level Intl formatters: the first one
 * a process builds loads ICU's Dutch data (~15 ms), which would otherwise be paid at start-up.
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
