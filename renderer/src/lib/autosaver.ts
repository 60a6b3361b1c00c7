/** What an autosaver reports: nothing to do, changes waiting or being written, all written, or a failure. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface Autosaver<P> {
  /** Queues a change; it is written after `delayMs` without further changes. */
  push(patch: P): void;
  /** Writes whatever is queued now and resolves when every write has finished. */
  flush(): Promise<void>;
}

/** Autosavers with a change that is queued or being written; empty when everything is on disk. */
const busyAutosavers = new Set<Autosaver<never>>();

/** True while any autosaver in the app still has a change that has not been written. */
export function hasUnsavedChanges(): boolean {
  return busyAutosavers.size > 0;
}

/** Writes every queued change of every autosaver; resolves when all writes have finished. */
export async function flushAllAutosavers(): Promise<void> {
  await Promise.all([...busyAutosavers].map((autosaver) => autosaver.flush()));
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
  let writing = 0;

  function writeQueued(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const patch = queued;
    queued = undefined;
    if (patch === undefined) return chain;
    writing += 1;
    chain = chain.then(async () => {
      try {
        const result = await options.save(patch);
        if (!result.ok) options.onState('error', result.message);
        else if (queued === undefined) options.onState('saved');
      } finally {
        writing -= 1;
        if (writing === 0 && queued === undefined) busyAutosavers.delete(autosaver);
      }
    });
    return chain;
  }

  const autosaver: Autosaver<P> = {
    push(patch) {
      busyAutosavers.add(autosaver);
      queued = options.merge(queued, patch);
      options.onState('saving');
      clearTimeout(timer);
      timer = setTimeout(() => void writeQueued(), options.delayMs);
    },
    flush: writeQueued,
  };
  return autosaver;
}
