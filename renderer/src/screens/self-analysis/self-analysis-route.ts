import { type ThemeId, themeIds } from '../../../../main/contract/guide-content';
import { routeHref } from '../../app/routes';

/** Where the user is inside Zelfanalyses, parsed from the hash after `#/zelfanalyses/`. */
export type SelfAnalysisRoute =
  | { page: 'overview' }
  | { page: 'history' }
  | { page: 'compare'; baseRunId: number | undefined; otherRunId: number | undefined }
  | { page: 'fill'; runId: number; themeId: ThemeId | undefined }
  | { page: 'profile'; runId: number }
  | { page: 'reflect'; runId: number; themeId: ThemeId | undefined }
  | { page: 'act'; runId: number };

function id(part: string | undefined): number | undefined {
  return part && /^[1-9]\d{0,14}$/.test(part) ? Number(part) : undefined;
}

function theme(part: string | undefined): ThemeId | undefined {
  return themeIds.find((candidate) => candidate === part);
}

/** Parses `rest` (e.g. `run/12/invullen/doen`); anything unknown leads to the overview. */
export function parseSelfAnalysisRoute(rest: string): SelfAnalysisRoute {
  const [first, second, third, fourth] = rest.split('/');
  if (first === 'geschiedenis') return { page: 'history' };
  if (first === 'vergelijk') return { page: 'compare', baseRunId: id(second), otherRunId: id(third) };
  const runId = id(second);
  if (first !== 'run' || runId === undefined) return { page: 'overview' };
  if (third === 'invullen') return { page: 'fill', runId, themeId: theme(fourth) };
  if (third === 'reflectie') return { page: 'reflect', runId, themeId: theme(fourth) };
  if (third === 'aan-de-slag') return { page: 'act', runId };
  return { page: 'profile', runId };
}

/** The hash of a page, the inverse of parseSelfAnalysisRoute. */
export function selfAnalysisHref(route: SelfAnalysisRoute): string {
  const base = routeHref('/zelfanalyses');
  switch (route.page) {
    case 'overview':
      return base;
    case 'history':
      return `${base}/geschiedenis`;
    case 'compare':
      return route.baseRunId && route.otherRunId
        ? `${base}/vergelijk/${route.baseRunId}/${route.otherRunId}`
        : `${base}/vergelijk`;
    case 'fill':
      return `${base}/run/${route.runId}/invullen${route.themeId ? `/${route.themeId}` : ''}`;
    case 'profile':
      return `${base}/run/${route.runId}`;
    case 'reflect':
      return `${base}/run/${route.runId}/reflectie${route.themeId ? `/${route.themeId}` : ''}`;
    case 'act':
      return `${base}/run/${route.runId}/aan-de-slag`;
  }
}
