import { timingSafeEqual } from 'node:crypto';

/**
 * Accepts only Host headers naming this server on loopback, so a web page elsewhere cannot
 * reach it through DNS rebinding (a foreign name that resolves to 127.0.0.1).
 */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/** Browsers send Origin on POST; it must be this server itself. An absent Origin (non-browser client) is allowed. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  return originHeader === `http://127.0.0.1:${port}` || originHeader === `http://localhost:${port}`;
}

/** Compares the token in constant time. */
export function isValidToken(candidate: string, token: string): boolean {
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export type HostRoute =
  | { kind: 'api'; channel: string }
  | { kind: 'bridge' }
  | { kind: 'download'; id: string }
  | { kind: 'asset'; path: string }
  | { kind: 'forbidden' };

/**
 * Every URL is `/<token>/...`: the token is part of the path, so every request (page,
 * script, font, API call) carries it and relative asset URLs keep working.
 */
export function routeRequest(url: string | undefined, token: string): HostRoute {
  if (!url) return { kind: 'forbidden' };
  const pathname = url.split(/[?#]/, 1)[0] ?? '';
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match?.[1] || !isValidToken(match[1], token)) return { kind: 'forbidden' };
  const rest = match[2] ?? '/';
  if (rest.startsWith('/api/')) return { kind: 'api', channel: decodeURIComponentSafe(rest.slice('/api/'.length)) };
  if (rest === '/host-bridge.js') return { kind: 'bridge' };
  if (rest.startsWith('/download/')) return { kind: 'download', id: rest.slice('/download/'.length) };
  return { kind: 'asset', path: rest === '/' ? '/index.html' : rest };
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
