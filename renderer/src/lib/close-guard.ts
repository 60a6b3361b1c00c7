import { flushAllAutosavers, hasUnsavedChanges } from './autosaver';

/** The part of `window` the guard needs; a plain object in tests. */
export interface ClosableWindow {
  addEventListener(type: 'beforeunload' | 'pagehide', listener: (event: Pick<Event, 'preventDefault'>) => void): void;
  close(): void;
}

/**
 * Keeps the last keystroke when the window closes. A write that is still queued or in flight
 * when the page unloads may never reach main (an IPC call cannot outlive its page), so the
 * first close is held back, everything is written, and then the window closes itself.
 * Electron cancels a prevented unload silently; a browser asks "Pagina verlaten?" meanwhile.
 */
export function installCloseGuard(target: ClosableWindow): void {
  let flushing = false;
  target.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedChanges()) return;
    event.preventDefault();
    if (flushing) return;
    flushing = true;
    void flushAllAutosavers().then(() => {
      flushing = false;
      target.close();
    });
  });
  // A browser tab closed without asking: start the writes now (keepalive carries them).
  target.addEventListener('pagehide', () => void flushAllAutosavers());
}
