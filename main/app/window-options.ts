import type { BrowserWindowConstructorOptions } from 'electron';

/** The hardened options of the main window; kept apart so a test can assert them. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Werkboek Overheidsparticipatie',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      // Middle-click would open links in a new window; the app has no use for it.
      disableBlinkFeatures: 'Auxclick',
    },
  };
}
