import { describe, expect, it } from 'vitest';
import type { ThemeChange } from '../../../../main/contract/self-analysis-channels';
import { labelLines } from '../../../../renderer/src/screens/self-analysis/radar-chart';
import { radarPreviousOf } from '../../../../renderer/src/screens/self-analysis/radar-previous';

describe('labelLines (theme names in the narrow radar)', () => {
  it('keeps short names whole', () => {
    for (const name of ['Doen', 'Doel', 'Gemeenteraad', 'Geld']) expect(labelLines(name)).toEqual([name]);
  });

  it('breaks a long name where a vowel meets a consonant, with a hyphen', () => {
    expect(labelLines('Organisatieverandering')).toEqual(['Organisatie-', 'verandering']);
  });
});

const change = (themeId: ThemeChange['themeId'], before: number, runId = 1): ThemeChange => ({
  themeId,
  previousRunId: runId,
  previousRunName: runId === 1 ? 'Vorig jaar' : '',
  previousCreatedAt: '2026-03-12T10:00:00.000Z',
  before,
  after: before,
  change: 0,
  statements: [],
});

describe('radarPreviousOf', () => {
  it('gives the earlier averages in the chart’s theme order, named after their run', () => {
    const previous = radarPreviousOf(['doen', 'doel', 'geld'], [change('geld', 3), change('doen', 2)]);
    expect(previous).toEqual({ label: 'Vorig jaar', averages: [2, null, 3] });
  });

  it('says so when the themes come from different earlier runs', () => {
    expect(radarPreviousOf(['doen', 'doel'], [change('doen', 2, 1), change('doel', 3, 2)])?.label).toBe(
      'per thema de laatste eerdere uitslag',
    );
  });

  it('has nothing to draw without an earlier result', () => {
    expect(radarPreviousOf(['doen'], [])).toBeUndefined();
  });
});
