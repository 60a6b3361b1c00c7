import { resolveAsset } from '../../static-files';
import { appHost } from './navigation';

/**
 * Maps an `app://werkboek/...` request to a file inside the built renderer, or undefined
 * for anything else (other hosts; `..` escapes, encoded separators and NUL bytes are refused by
 * `resolveAsset`, the same check the browser host uses).
 */
export function appAssetPath(requestUrl: string, rendererDir: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.host !== appHost) return undefined;
  return resolveAsset(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
}
