import { protocol } from 'electron';
import { contentSecurityPolicy } from '../content-security-policy';
import { contentTypeOf, readAsset } from '../static-files';
import { appAssetPath } from './policy/app-asset';
import { appScheme } from './policy/navigation';

/** Must run before `app.whenReady`: marks app:// as a secure, standard scheme. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer under app://werkboek/ with the strict CSP on every response. */
export function setupAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = appAssetPath(request.url, rendererDir);
    const body = file ? await readAsset(file) : undefined;
    if (!file || !body) return new Response('Niet gevonden', { status: 404 });
    return new Response(body, {
      headers: {
        'content-type': contentTypeOf(file),
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
