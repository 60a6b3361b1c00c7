import { flushAllAutosavers, hasUnsavedChanges } from './autosaver';

/** The part of `window` the guard needs; a plain object in tests. */
export interface ClosableWindow {
  addEventListener(type: 'beforeunload' | 'pagehide', listener: (event: Pick<Event, 'preventDefault'>) => void): void;
  close(): void;
}

export interface CloseGuard {
  /** Closes the window even though some fields are not saved (the user said so). */
  closeAnyway(): void;
}

/**
 * Keeps the last keystroke when the window closes. A write that is still queued or in flight
 * when the page unloads may never reach main (an IPC call cannot outlive its page), so the
 * first close is held back and everything is written. Then the window closes itself, or, when
 * a field still could not be saved, `askToClose` asks the user first. Electron cancels a
 * prevented unload silently; a browser asks "Pagina verlaten?" meanwhile.
 */
export function installCloseGuard(target: ClosableWindow, askToClose: () => void): CloseGuard {
  let flushing = false;
  let allowed = false;
  target.addEventListener('beforeunload', (event) => {
    if (allowed || !hasUnsavedChanges()) return;
    event.preventDefault();
    if (flushing) return;
    flushing = true;
    void flushAllAutosavers().then(() => {
      flushing = false;
      if (hasUnsavedChanges()) return askToClose();
      allowed = true;
      target.close();
    });
  });
  // A browser tab closed without asking: start the writes now (keepalive carries them).
  target.addEventListener('pagehide', () => void flushAllAutosavers());
  return {
    closeAnyway() {
      allowed = true;
      target.close();
    },
  };
}
