import { unsavedRegistry } from './unsaved-registry';

/**
 * Where one field stands: being written (or waiting to be), written, failing for a moment and
 * tried again by itself, or refused (it stays unsaved until the user changes it).
 */
export type FieldSaveState =
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'retrying'; message: string }
  | { state: 'error'; message: string };

/** What one write of one field came to; `transient` failures (busy, locked, I/O) are tried again. */
export type SaveResult = { ok: true } | { ok: false; message: string; transient: boolean };

export interface Autosaver<V> {
  /** Queues the field's newest value; it is written after `delayMs` without further changes to this saver. */
  push(field: string, value: V): void;
  /** Writes every queued or failing field now; resolves when these writes have finished. */
  flush(): Promise<void>;
  /** Forgets the fields that are not saved (the user chose to leave them, or their item is gone). */
  discard(field?: string): void;
}

export interface AutosaverOptions<V> {
  delayMs: number;
  /** The contract's own check, run before sending: a refusal then never reaches main. */
  validate?(field: string, value: V): string | undefined;
  save(field: string, value: V): Promise<SaveResult>;
  /** A field's state changed; `undefined` when there is nothing to tell about it any more. */
  onChange(field: string, state: FieldSaveState | undefined): void;
  /** Waits before each next try of a transient failure; the last one repeats. */
  retryDelaysMs?: readonly number[];
}

const defaultRetryDelaysMs = [500, 1000, 2000, 4000, 8000, 15000];

/**
 * Debounced, strictly sequential saving, one field at a time. A field is "saved" only when
 * its newest value is written; a failed write keeps its value (never dropped, never hidden by
 * a later success of another field) and is tried again with back-off when the cause may pass.
 */
export function createAutosaver<V>(options: AutosaverOptions<V>): Autosaver<V> {
  const delays = options.retryDelaysMs ?? defaultRetryDelaysMs;
  /** Newest unsaved value per field: queued, in flight, failing or refused. */
  const unsaved = new Map<string, { value: V; version: number; refused: boolean }>();
  let version = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;
  let chain: Promise<void> = Promise.resolve();

  const report = () => unsavedRegistry.set(autosaver, unsaved.size);

  async function writeField(field: string): Promise<boolean> {
    const entry = unsaved.get(field);
    if (!entry || entry.refused) return true;
    const result = await options.save(field, entry.value);
    if (unsaved.get(field)?.version !== entry.version) return true; // a newer value follows
    if (result.ok) {
      unsaved.delete(field);
      options.onChange(field, { state: 'saved' });
      return true;
    }
    if (!result.transient) {
      entry.refused = true;
      options.onChange(field, { state: 'error', message: result.message });
      return true;
    }
    options.onChange(field, { state: 'retrying', message: result.message });
    return false;
  }

  function writeAll(): Promise<void> {
    clearTimeout(timer);
    clearTimeout(retryTimer);
    timer = undefined;
    retryTimer = undefined;
    chain = chain.then(async () => {
      let allWritten = true;
      for (const field of [...unsaved.keys()]) allWritten = (await writeField(field)) && allWritten;
      report();
      if (allWritten) retries = 0;
      else scheduleRetry();
    });
    return chain;
  }

  function scheduleRetry(): void {
    if (timer !== undefined || retryTimer !== undefined) return;
    const wait = delays[Math.min(retries, delays.length - 1)] ?? 1000;
    retries += 1;
    retryTimer = setTimeout(() => void writeAll(), wait);
  }

  const autosaver: Autosaver<V> = {
    push(field, value) {
      version += 1;
      const message = options.validate?.(field, value);
      unsaved.set(field, { value, version, refused: message !== undefined });
      report();
      options.onChange(field, message === undefined ? { state: 'saving' } : { state: 'error', message });
      if (message !== undefined) return;
      clearTimeout(timer);
      timer = setTimeout(() => void writeAll(), options.delayMs);
    },
    flush: writeAll,
    discard(field) {
      for (const key of field === undefined ? [...unsaved.keys()] : [field]) {
        if (!unsaved.delete(key)) continue;
        options.onChange(key, undefined);
      }
      report();
    },
  };
  return autosaver;
}

/** True while any field anywhere in the app is not saved (queued, in flight, failing or refused). */
export function hasUnsavedChanges(): boolean {
  return unsavedRegistry.count() > 0;
}

/** Writes every queued or failing field of every autosaver; resolves when all writes have finished. */
export async function flushAllAutosavers(): Promise<void> {
  await Promise.all(unsavedRegistry.savers().map((saver) => saver.flush()));
}

/** Forgets every unsaved field everywhere: the user chose to leave without them. */
export function discardAllUnsaved(): void {
  for (const saver of unsavedRegistry.savers()) saver.discard();
}
