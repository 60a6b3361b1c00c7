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

function slowSaver(saved: string[], refuse = false) {
  return createAutosaver<string>({
    delayMs: 500,
    save: async (_field, text) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (refuse) return { ok: false, message: 'Te lang.', transient: false };
      saved.push(text);
      return { ok: true };
    },
    onChange: () => {},
  });
}

describe('installCloseGuard', () => {
  afterEach(() => vi.useRealTimers());

  const ask = vi.fn();

  it('lets the window close at once when everything is written', () => {
    const { target, closed, unload } = fakeWindow();
    installCloseGuard(target, ask);
    expect(hasUnsavedChanges()).toBe(false);
    expect(unload()).not.toHaveBeenCalled();
    expect(closed).not.toHaveBeenCalled();
  });

  it('holds the close back, writes the last keystroke, then closes the window', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const saver = slowSaver(saved);
    const { target, closed, unload } = fakeWindow();
    installCloseGuard(target, ask);

    saver.push('text', 'eerste versie');
    await vi.advanceTimersByTimeAsync(510); // the first write is now in flight
    saver.push('text', 'laatste toetsaanslag');
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

  it('asks before closing when a field still cannot be saved, and closes only when told to', async () => {
    vi.useFakeTimers();
    const saver = slowSaver([], true);
    const { target, closed, unload } = fakeWindow();
    const askToClose = vi.fn();
    const guard = installCloseGuard(target, askToClose);
    saver.push('text', 'x'.repeat(300));
    expect(unload()).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(200);
    expect(askToClose).toHaveBeenCalledOnce();
    expect(closed).not.toHaveBeenCalled();
    guard.closeAnyway();
    expect(closed).toHaveBeenCalledOnce();
    expect(unload()).not.toHaveBeenCalled();
    saver.discard();
  });
});
