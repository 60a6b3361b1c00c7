import { lazy } from 'react';

/*
 * Every screen but the start screen is its own chunk, loaded on first visit: the first
 * screen then ships without the guide's Markdown parser, zod (through shared contract
 * helpers) or the charts. After the first screen is interactive, `prefetchScreens`
 * fetches them in the background, so a later click does not wait for the disk.
 */
const loaders = {
  guide: () => import('../screens/guide/guide-screen').then((m) => ({ default: m.GuideScreen })),
  selfAnalysis: () =>
    import('../screens/self-analysis/self-analysis-screen').then((m) => ({ default: m.SelfAnalysisScreen })),
  popOp: () => import('../screens/pop-op/pop-op-screen').then((m) => ({ default: m.PopOpScreen })),
  financing: () => import('../screens/financing/financing-screen').then((m) => ({ default: m.FinancingScreen })),
  team: () => import('../screens/team/team-screen').then((m) => ({ default: m.TeamScreen })),
  settings: () => import('../screens/settings-screen').then((m) => ({ default: m.SettingsScreen })),
  about: () => import('../screens/about-screen').then((m) => ({ default: m.AboutScreen })),
};

export const GuideScreen = lazy(loaders.guide);
export const SelfAnalysisScreen = lazy(loaders.selfAnalysis);
export const PopOpScreen = lazy(loaders.popOp);
export const FinancingScreen = lazy(loaders.financing);
export const TeamScreen = lazy(loaders.team);
export const SettingsScreen = lazy(loaders.settings);
export const AboutScreen = lazy(loaders.about);

/** Loads every screen's chunk when the browser is idle; a failure only means the click loads it. */
export function prefetchScreens(): void {
  const start = () => {
    for (const load of Object.values(loaders)) load().catch(() => {});
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}
