import { type ComponentType, lazy } from 'react';
import { HomeScreen } from '../screens/home-screen';
import type { RoutePath } from './routes';

/** A screen gets the part of the hash after its own path (`doen` for `#/gids/doen`). */
export type Screen = ComponentType<{ rest: string }>;
type ScreenLoader = () => Promise<{ default: Screen }>;

/*
 * Every screen but the start screen is its own chunk, loaded on first visit: the first
 * screen then ships without the guide's Markdown parser, zod (through shared contract
 * helpers) or the charts. After the first screen is interactive, `prefetchScreens`
 * fetches them in the background, so a later click does not wait for the disk.
 * Keyed by the route table's paths, so a route without a screen does not compile.
 */
const loaders: Record<Exclude<RoutePath, '/'>, ScreenLoader> = {
  '/gids': () => import('../screens/guide/guide-screen').then((m) => ({ default: m.GuideScreen })),
  '/zelfanalyses': () =>
    import('../screens/self-analysis/self-analysis-screen').then((m) => ({ default: m.SelfAnalysisScreen })),
  '/pop-op': () => import('../screens/pop-op/pop-op-screen').then((m) => ({ default: m.PopOpScreen })),
  '/gesprek': () => import('../screens/pop-op/preparation-screen').then((m) => ({ default: m.PreparationScreen })),
  '/financiering': () => import('../screens/financing/financing-screen').then((m) => ({ default: m.FinancingScreen })),
  '/teamspiegel': () => import('../screens/team/team-screen').then((m) => ({ default: m.TeamScreen })),
  '/instellingen': () => import('../screens/settings-screen').then((m) => ({ default: m.SettingsScreen })),
  '/over': () => import('../screens/about-screen').then((m) => ({ default: m.AboutScreen })),
};

function lazyScreens<P extends string>(table: Record<P, ScreenLoader>): Record<P, Screen> {
  const result = {} as Record<P, Screen>;
  for (const path of Object.keys(table) as P[]) result[path] = lazy(table[path]);
  return result;
}

/** The screen of every route: the start screen in the first chunk, the others lazy. */
export const screenOf: Record<RoutePath, Screen> = { '/': HomeScreen, ...lazyScreens(loaders) };

/** Loads every screen's chunk when the browser is idle; a failure only means the click loads it. */
export function prefetchScreens(): void {
  const start = () => {
    for (const load of Object.values(loaders)) load().catch(() => {});
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}
