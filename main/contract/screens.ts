/**
 * The app's screens, addressed by the URL hash so both shells route the same way. The one
 * route table: the renderer's navigation, links and lazy screens, and the targets of main's
 * application menu all derive from it. Plain data (no zod), so the preload may import it.
 */
export const screens = [
  { path: '/', label: 'Start', title: 'Start' },
  { path: '/gids', label: 'De gids', title: 'De gids' },
  { path: '/zelfanalyses', label: 'Zelfanalyses', title: 'Zelfanalyses' },
  { path: '/pop-op', label: 'POP-OP', title: 'POP-OP' },
  { path: '/gesprek', label: 'Gesprek voorbereiden', title: 'Gesprek voorbereiden' },
  { path: '/financiering', label: 'Financieringshulp', title: 'Financieringshulp' },
  { path: '/teamspiegel', label: 'Teamspiegel', title: 'Teamspiegel' },
  { path: '/instellingen', label: 'Instellingen', title: 'Instellingen' },
  { path: '/over', label: 'Over', title: 'Over dit werkboek' },
] as const;

export type ScreenPath = (typeof screens)[number]['path'];

export function isScreenPath(value: unknown): value is ScreenPath {
  return screens.some((screen) => screen.path === value);
}
