import { app, session, shell } from 'electron';
import { isNavigationAllowed, isPermissionGranted, windowOpenDecision } from './policy/navigation';
import { keepSpellcheckerOffline } from './policy/spellchecker';

/**
 * Applies the security policy to every web contents the app ever creates: no navigation,
 * no new windows (https links go to the system browser), no <webview>, no permissions, and a
 * spelling checker that never downloads a dictionary.
 */
export function setupSecurity(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isNavigationAllowed(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isNavigationAllowed(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (windowOpenDecision(url) === 'open-external') void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
      callback(isPermissionGranted(permission)),
    );
    session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
    keepSpellcheckerOffline(session.defaultSession);
  });
}
