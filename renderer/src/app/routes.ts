import { type ScreenPath, screens } from '../../../main/contract/screens';

/**
 * The screens of the app, from the one route table in the contract (main's menu opens the
 * same paths). The navigation, `routeHref` and the lazy screens derive from it.
 */
export const routes = screens;

export type RoutePath = ScreenPath;

/** The link to a screen, or to a place inside it: `routeHref('/pop-op', 3)` is `#/pop-op/3`. */
export function routeHref(path: RoutePath, ...rest: (string | number)[]): string {
  if (rest.length === 0) return `#${path}`;
  return `#${path === '/' ? '' : path}/${rest.join('/')}`;
}

/** Splits a hash like `#/gids/doen` into its screen (`/gids`) and the rest (`doen`). */
export function parseHash(hash: string): { path: RoutePath; rest: string } {
  const clean = hash.replace(/^#/, '') || '/';
  const [, first = '', ...more] = clean.split('/');
  const path = `/${first}` as RoutePath;
  const known = routes.some((route) => route.path === path);
  return known ? { path, rest: more.join('/') } : { path: '/', rest: '' };
}
