import { join, normalize, sep } from 'node:path';
import { appHost } from './navigation';

/**
 * Maps an `app://werkboek/...` request to a file inside the built renderer, or undefined
 * for anything else (other hosts, `..` escapes, encoded separators, NUL bytes).
 */
export function appAssetPath(requestUrl: string, rendererDir: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.host !== appHost) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return undefined;
  const relative = pathname === '/' ? 'index.html' : pathname;
  const full = normalize(join(rendererDir, relative));
  const root = rendererDir.endsWith(sep) ? rendererDir : rendererDir + sep;
  return full.startsWith(root) ? full : undefined;
}
