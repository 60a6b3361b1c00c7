import { describe, expect, it } from 'vitest';
import { parseTeamRoute, type TeamRoute, teamHref } from '../../../../renderer/src/screens/team/team-route';

describe('Teamspiegel routes', () => {
  it.each<[string, TeamRoute]>([
    ['', { page: 'overview' }],
    ['delen', { page: 'share', runId: undefined }],
    ['delen/12', { page: 'share', runId: 12 }],
    ['ronde/3', { page: 'round', roundId: 3 }],
    ['ronde/0', { page: 'overview' }],
    ['ronde/abc', { page: 'overview' }],
    ['iets-anders', { page: 'overview' }],
  ])('parses "%s"', (rest, route) => {
    expect(parseTeamRoute(rest)).toEqual(route);
  });

  it('writes the hash that parses back to the same page', () => {
    for (const route of [
      { page: 'overview' },
      { page: 'share', runId: 7 },
      { page: 'share', runId: undefined },
      { page: 'round', roundId: 4 },
    ] satisfies TeamRoute[]) {
      expect(parseTeamRoute(teamHref(route).replace(/^#\/teamspiegel\/?/, ''))).toEqual(route);
    }
  });
});
