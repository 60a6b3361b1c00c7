import { BrowserWindow, screen } from 'electron';
import type { WindowState } from '../services/settings/window-state-service';
import { appOrigin } from './policy/navigation';
import { clampWindowBounds, minimumWindowSize } from './policy/window-bounds';
import { mainWindowOptions } from './window-options';

export interface WindowStateStore {
  read(): WindowState | undefined;
  write(state: WindowState): void;
}

/** Opens the main window where it was last time (clamped to today's screens) and remembers it on close. */
export function createMainWindow(preloadPath: string, store: WindowStateStore): BrowserWindow {
  const saved = store.read();
  const bounds = clampWindowBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...mainWindowOptions(preloadPath),
    ...bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const normal = window.getNormalBounds();
    store.write({ ...normal, maximized: window.isMaximized() });
  });
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
