/** What an autosaver reports: nothing to do, changes waiting or being written, all written, or a failure. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface Autosaver<P> {
  /** Queues a change; it is written after `delayMs` without further changes. */
  push(patch: P): void;
  /** Writes whatever is queued now and resolves when every write has finished. */
  flush(): Promise<void>;
}

/**
 * Debounced, strictly sequential saving: changes are merged while the user types, writes
 * never overtake each other, and "saved" is reported only when nothing is left waiting.
 */
export function createAutosaver<P extends object>(options: {
  delayMs: number;
  merge(queued: P | undefined, patch: P): P;
  save(patch: P): Promise<{ ok: true } | { ok: false; message: string }>;
  onState(state: SaveState, message?: string): void;
}): Autosaver<P> {
  let queued: P | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();

  function writeQueued(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const patch = queued;
    queued = undefined;
    if (patch === undefined) return chain;
    chain = chain.then(async () => {
      const result = await options.save(patch);
      if (!result.ok) options.onState('error', result.message);
      else if (queued === undefined) options.onState('saved');
    });
    return chain;
  }

  return {
    push(patch) {
      queued = options.merge(queued, patch);
      options.onState('saving');
      clearTimeout(timer);
      timer = setTimeout(() => void writeQueued(), options.delayMs);
    },
    flush: writeQueued,
  };
}
