import type { Visit } from '../../contract/dashboard-channels';
import { screens } from '../../contract/screens';

/** What the start screen needs to name a place inside a screen; each answers undefined for what no longer exists. */
export interface PlaceTitles {
  planTitle(planId: number): string | undefined;
  runTitle(runId: number): string | undefined;
  guidePageTitle(pageId: string): string | undefined;
}

const runSteps: Record<string, string> = {
  invullen: 'invullen',
  reflectie: 'reflectie',
  'aan-de-slag': 'aan de slag',
};

function screenTitle(path: string): string {
  return screens.find((screen) => screen.path === path)?.title ?? 'Start';
}

/** A place in the self-analyses: a run (with its step), the history or comparing. */
function selfAnalysisTitle(rest: string, titles: PlaceTitles): string | undefined {
  const [first, second, third] = rest.split('/');
  if (first === 'geschiedenis') return 'Zelfanalyses: je ontwikkeling';
  if (first === 'vergelijk') return 'Zelfanalyses: vergelijken';
  if (first !== 'run' || !second || !/^\d+$/.test(second)) return undefined;
  const run = titles.runTitle(Number(second));
  if (run === undefined) return undefined;
  const step = third ? runSteps[third] : 'profiel';
  return step ? `${run} (${step})` : run;
}

/** A plan of the POP-OP, by its title. */
function planTitle(rest: string, titles: PlaceTitles): string | undefined {
  const id = /^(\d+)/.exec(rest)?.[1];
  if (id === undefined) return undefined;
  const title = titles.planTitle(Number(id));
  if (title === undefined) return undefined;
  return `POP-OP: ${title.trim() || 'zonder titel'}`;
}

/** A page of the guide, by its title. */
function guideTitle(rest: string, titles: PlaceTitles): string | undefined {
  const pageId = rest.split('/')[0];
  const title = pageId ? titles.guidePageTitle(pageId) : undefined;
  return title && `De gids: ${title}`;
}

/** The screens whose places have their own names; other screens are named by their title. */
const placeNamers: Record<string, (rest: string, titles: PlaceTitles) => string | undefined> = {
  '/zelfanalyses': selfAnalysisTitle,
  '/pop-op': planTitle,
  '/gids': guideTitle,
};

/**
 * "Verder waar je was": the Dutch title and link of the place the user visited last. A place
 * that no longer exists (a deleted plan or run) falls back to its screen.
 */
export function visitPlace(visit: Visit, titles: PlaceTitles): { href: string; title: string } {
  const href = visit.rest === '' ? `#${visit.path}` : `#${visit.path}/${visit.rest}`;
  const named = placeNamers[visit.path];
  if (!named || visit.rest === '') return { href, title: screenTitle(visit.path) };
  const place = named(visit.rest, titles);
  return place === undefined ? { href: `#${visit.path}`, title: screenTitle(visit.path) } : { href, title: place };
}
