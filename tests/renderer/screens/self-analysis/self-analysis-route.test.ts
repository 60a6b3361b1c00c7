import { describe, expect, it } from 'vitest';
import {
  parseSelfAnalysisRoute,
  type SelfAnalysisRoute,
  selfAnalysisHref,
} from '../../../../renderer/src/screens/self-analysis/self-analysis-route';

describe('self-analysis routes', () => {
  it.each<[string, SelfAnalysisRoute]>([
    ['', { page: 'overview' }],
    ['geschiedenis', { page: 'history' }],
    ['vergelijk/3/7', { page: 'compare', baseRunId: 3, otherRunId: 7 }],
    ['vergelijk', { page: 'compare', baseRunId: undefined, otherRunId: undefined }],
    ['run/12', { page: 'profile', runId: 12 }],
    ['run/12/invullen/doen', { page: 'fill', runId: 12, themeId: 'doen' }],
    ['run/12/invullen', { page: 'fill', runId: 12, themeId: undefined }],
    ['run/12/reflectie/organisatieverandering', { page: 'reflect', runId: 12, themeId: 'organisatieverandering' }],
    ['run/12/aan-de-slag', { page: 'act', runId: 12 }],
  ])('parses "%s" and writes it back', (rest, route) => {
    expect(parseSelfAnalysisRoute(rest)).toEqual(route);
    expect(selfAnalysisHref(route)).toBe(`#/zelfanalyses${rest ? `/${rest}` : ''}`);
  });

  it.each(['run/0', 'run/-1', 'run/abc', 'run/1e3', 'run/12345678901234567890', 'onzin/1'])(
    'sends a malformed address "%s" to the overview',
    (rest) => {
      expect(parseSelfAnalysisRoute(rest)).toEqual({ page: 'overview' });
    },
  );

  it('ignores an unknown theme rather than showing a broken page', () => {
    expect(parseSelfAnalysisRoute('run/4/invullen/sport')).toEqual({ page: 'fill', runId: 4, themeId: undefined });
  });
});
