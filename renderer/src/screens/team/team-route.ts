import { routeHref } from '../../app/routes';

/** Where the user is inside the Teamspiegel, parsed from the hash after `#/teamspiegel/`. */
export type TeamRoute =
  | { page: 'overview' }
  | { page: 'share'; runId: number | undefined }
  | { page: 'round'; roundId: number };

function id(part: string | undefined): number | undefined {
  return part && /^[1-9]\d{0,14}$/.test(part) ? Number(part) : undefined;
}

/** Parses `rest` (e.g. `ronde/3` or `delen/12`); anything unknown leads to the overview. */
export function parseTeamRoute(rest: string): TeamRoute {
  const [first, second] = rest.split('/');
  if (first === 'delen') return { page: 'share', runId: id(second) };
  const roundId = id(second);
  if (first === 'ronde' && roundId !== undefined) return { page: 'round', roundId };
  return { page: 'overview' };
}

/** The hash of a page, the inverse of parseTeamRoute. */
export function teamHref(route: TeamRoute): string {
  switch (route.page) {
    case 'overview':
      return routeHref('/teamspiegel');
    case 'share':
      return route.runId ? routeHref('/teamspiegel', 'delen', route.runId) : routeHref('/teamspiegel', 'delen');
    case 'round':
      return routeHref('/teamspiegel', 'ronde', route.roundId);
  }
}
