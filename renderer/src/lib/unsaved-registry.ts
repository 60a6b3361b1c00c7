/** What the registry needs of an autosaver; kept apart so the registry does not import it. */
interface Flushable {
  flush(): Promise<void>;
  discard(): void;
}

/**
 * How many fields each autosaver holds that are not saved yet. The close guard and the
 * leave-the-screen question read it; `subscribe` lets a component follow it.
 */
function createUnsavedRegistry() {
  const counts = new Map<Flushable, number>();
  const listeners = new Set<() => void>();
  let total = 0;
  return {
    set(saver: Flushable, count: number): void {
      if ((counts.get(saver) ?? 0) === count) return;
      if (count === 0) counts.delete(saver);
      else counts.set(saver, count);
      total = [...counts.values()].reduce((sum, n) => sum + n, 0);
      for (const listener of listeners) listener();
    },
    count: (): number => total,
    savers: (): Flushable[] => [...counts.keys()],
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const unsavedRegistry = createUnsavedRegistry();
