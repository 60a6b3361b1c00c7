/** The screens of the app, addressed by the URL hash so both shells route the same way. */
export const routes = [
  { path: '/', label: 'Start', title: 'Start' },
  { path: '/gids', label: 'De gids', title: 'De gids' },
  { path: '/zelfanalyses', label: 'Zelfanalyses', title: 'Zelfanalyses' },
  { path: '/pop-op', label: 'POP-OP', title: 'POP-OP' },
  { path: '/financiering', label: 'Financieringshulp', title: 'Financieringshulp' },
  { path: '/teamspiegel', label: 'Teamspiegel', title: 'Teamspiegel' },
  { path: '/instellingen', label: 'Instellingen', title: 'Instellingen' },
  { path: '/over', label: 'Over', title: 'Over dit werkboek' },
] as const;

export type RoutePath = (typeof routes)[number]['path'];

/** Splits a hash like `#/gids/doen` into its screen (`/gids`) and the rest (`doen`). */
export function parseHash(hash: string): { path: RoutePath; rest: string } {
  const clean = hash.replace(/^#/, '') || '/';
  const [, first = '', ...more] = clean.split('/');
  const path = `/${first}` as RoutePath;
  const known = routes.some((route) => route.path === path);
  return known ? { path, rest: more.join('/') } : { path: '/', rest: '' };
}
