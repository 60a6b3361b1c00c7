/** The scheme and host the renderer is served from inside Electron. */
export const appScheme = 'app';
export const appHost = 'werkboek';
export const appOrigin = `${appScheme}://${appHost}`;

function parse(url: unknown): URL | undefined {
  if (typeof url !== 'string' || url.length > 8192) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True only for pages of the app itself; the window may never navigate anywhere else. */
export function isAppUrl(url: unknown): boolean {
  const parsed = parse(url);
  return (
    parsed !== undefined &&
    parsed.protocol === `${appScheme}:` &&
    parsed.host === appHost &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** In-window navigation is never allowed: the renderer routes with the hash, which is not a navigation. */
export function isNavigationAllowed(_url: unknown): boolean {
  return false;
}

/**
 * A link may open in the system browser only when it is https, has no credentials and
 * names a host. Everything else (file:, javascript:, http:, custom schemes) is refused.
 */
export function isSafeExternalUrl(url: unknown): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/** What to do with a `window.open` or `target=_blank` request: never a new app window. */
export function windowOpenDecision(url: unknown): 'open-external' | 'deny' {
  return isSafeExternalUrl(url) ? 'open-external' : 'deny';
}

/** IPC is answered only for the app's own page in its main frame. */
export function isTrustedSender(frameUrl: unknown, isMainFrame: boolean): boolean {
  return isMainFrame && isAppUrl(frameUrl);
}

/** The app needs no camera, microphone, location, notifications or anything else: deny every permission. */
export function isPermissionGranted(_permission: unknown): boolean {
  return false;
}
