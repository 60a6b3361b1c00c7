import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, hasUnsavedChanges } from '../../../renderer/src/lib/autosaver';
import { type ClosableWindow, installCloseGuard } from '../../../renderer/src/lib/close-guard';

type Listener = (event: Pick<Event, 'preventDefault'>) => void;

function fakeWindow() {
  const listeners = new Map<string, Listener>();
  const closed = vi.fn();
  const target: ClosableWindow = {
    addEventListener: (type, listener) => listeners.set(type, listener),
    close: closed,
  };
  const unload = () => {
    const preventDefault = vi.fn();
    listeners.get('beforeunload')?.({ preventDefault });
    return preventDefault;
  };
  return { target, closed, unload };
}

function slowSaver(saved: string[]) {
  return createAutosaver<{ text: string }>({
    delayMs: 500,
    merge: (_queued, patch) => patch,
    save: async (patch) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      saved.push(patch.text);
      return { ok: true };
    },
    onState: () => {},
  });
}

describe('installCloseGuard', () => {
  afterEach(() => vi.useRealTimers());

  it('lets the window close at once when everything is written', () => {
    const { target, closed, unload } = fakeWindow();
    installCloseGuard(target);
    expect(hasUnsavedChanges()).toBe(false);
    expect(unload()).not.toHaveBeenCalled();
    expect(closed).not.toHaveBeenCalled();
  });

  it('holds the close back, writes the last keystroke, then closes the window', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const saver = slowSaver(saved);
    const { target, closed, unload } = fakeWindow();
    installCloseGuard(target);

    saver.push({ text: 'eerste versie' });
    await vi.advanceTimersByTimeAsync(510); // the first write is now in flight
    saver.push({ text: 'laatste toetsaanslag' });
    expect(hasUnsavedChanges()).toBe(true);

    expect(unload()).toHaveBeenCalledOnce();
    expect(closed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);

    expect(saved).toEqual(['eerste versie', 'laatste toetsaanslag']);
    expect(closed).toHaveBeenCalledOnce();
    expect(hasUnsavedChanges()).toBe(false);
    // The close it triggers itself is not held back again.
    expect(unload()).not.toHaveBeenCalled();
  });
});
