import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../../main/db/migrations/index';
import { openDatabase } from '../../../../main/db/open-database';
import { createSelfAnalysisRepository } from '../../../../main/db/self-analysis-repository';
import { guideContentLoader } from '../../../../main/services/guide/guide-content-cache';
import { createSelfAnalysisService } from '../../../../main/services/self-analysis/self-analysis-service';
import { createTempDirs } from '../../../helpers/temp-dir';
import { repoRoot } from '../../../helpers/workbook';

const tempDir = createTempDirs();
const content = guideContentLoader(join(repoRoot, 'resources'))();
const analyses = content.selfAnalyses.analyses;
const opened: Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** The real service on a real SQLite file, with a clock that moves one month per `nextMonth()`. */
function setUp() {
  const db = openDatabase(join(tempDir(), 'werkboek.sqlite'), { migrations });
  opened.push(db);
  let month = 0;
  const service = createSelfAnalysisService({
    repository: createSelfAnalysisRepository(db),
    content: () => content,
    now: () => new Date(Date.UTC(2026, month, 1, 9)),
  });
  return {
    service,
    nextMonth: () => {
      month += 1;
    },
  };
}

type Service = ReturnType<typeof setUp>['service'];

/** Answers every statement of a theme with `values` (in the guide's order). */
function answerTheme(service: Service, runId: number, themeId: string, values: number[]) {
  const statements = analyses.find((a) => a.themeId === themeId)?.statements ?? [];
  expect(values).toHaveLength(statements.length);
  statements.forEach((statement, index) => {
    service.answer({ runId, statementId: statement.id, value: values[index] as number });
  });
}

function answerAll(service: Service, runId: number, values: Record<string, number[]>) {
  for (const [themeId, themeValues] of Object.entries(values)) answerTheme(service, runId, themeId, themeValues);
}

describe('self-analysis service over time (three runs)', () => {
  it('computes the trend and "sinds vorige keer" per theme and per statement', () => {
    const { service, nextMonth } = setUp();
    const first = service.start('all');
    answerAll(service, first.id, {
      doen: [2, 2, 2, 2, 2],
      doel: [3, 3, 3, 3, 3],
      gemeenteraad: [1, 1, 1, 1, 1, 1],
      geld: [2, 3, 2, 3, 2],
      organisatieverandering: [4, 4, 4, 4, 4, 4],
    });
    nextMonth();
    // The second run is left incomplete: only Doen is done, Geld half.
    const second = service.start('all');
    answerTheme(service, second.id, 'doen', [3, 3, 2, 2, 2]);
    service.answer({ runId: second.id, statementId: 'geld-1', value: 4 });
    nextMonth();
    const third = service.start('all');
    answerAll(service, third.id, {
      doen: [4, 3, 3, 2, 3],
      doel: [3, 3, 3, 3, 3],
      gemeenteraad: [2, 1, 1, 1, 1, 2],
      geld: [2, 3, 2, 3, 1],
      organisatieverandering: [4, 4, 4, 4, 4, 3],
    });

    const trend = service.trend();
    const averages = Object.fromEntries(
      trend.themes.map((t) => [t.themeId, t.points.map((p) => [p.runId, p.average])]),
    );
    expect(averages.doen).toEqual([
      [first.id, 2],
      [second.id, 12 / 5],
      [third.id, 15 / 5],
    ]);
    expect(averages.geld).toEqual([
      [first.id, 12 / 5],
      [third.id, 11 / 5],
    ]);
    expect(averages.gemeenteraad).toEqual([
      [first.id, 1],
      [third.id, 8 / 6],
    ]);
    expect(trend.themes[0]?.points.map((p) => p.createdAt)).toEqual([
      '2026-01-01T09:00:00.000Z',
      '2026-02-01T09:00:00.000Z',
      '2026-03-01T09:00:00.000Z',
    ]);

    const since = service.get(third.id).sincePrevious;
    const byTheme = Object.fromEntries(since.map((c) => [c.themeId, c]));
    // Doen against run 2 (complete for Doen); the others against run 1 (run 2 was not complete there).
    expect(since.map((c) => [c.themeId, c.previousRunId])).toEqual([
      ['doen', second.id],
      ['doel', first.id],
      ['gemeenteraad', first.id],
      ['geld', first.id],
      ['organisatieverandering', first.id],
    ]);
    expect(byTheme.doen?.change).toBeCloseTo(3 - 2.4, 10);
    expect(byTheme.doel?.change).toBe(0);
    expect(byTheme.gemeenteraad?.change).toBeCloseTo(8 / 6 - 1, 10);
    expect(byTheme.doen?.statements.map((s) => s.change)).toEqual([1, 0, 1, 0, 1]);
    expect(byTheme.geld?.statements.map((s) => s.change)).toEqual([0, 0, 0, 0, -1]);
    expect(byTheme.organisatieverandering?.statements.filter((s) => s.change !== 0).map((s) => s.statementId)).toEqual([
      'organisatieverandering-6',
    ]);

    expect(service.get(second.id).sincePrevious.map((c) => [c.themeId, c.previousRunId, c.change])).toEqual([
      ['doen', first.id, 12 / 5 - 2],
    ]);
    expect(service.get(first.id).sincePrevious).toEqual([]);
  });

  it('lists runs newest first, with incomplete runs marked and never scored as 0', () => {
    const { service, nextMonth } = setUp();
    const first = service.start('doen');
    answerTheme(service, first.id, 'doen', [1, 2, 3, 4, 4]);
    nextMonth();
    const second = service.start('all');
    service.answer({ runId: second.id, statementId: 'doel-2', value: 3 });
    const list = service.list();
    expect(list.map((r) => [r.id, r.scope, r.complete, r.answeredCount, r.statementCount])).toEqual([
      [second.id, 'all', false, 1, 27],
      [first.id, 'doen', true, 5, 5],
    ]);
    expect(list[0]?.themes.find((t) => t.themeId === 'doen')).toMatchObject({ average: null, answeredCount: 0 });
    expect(list[1]?.themes).toHaveLength(1);
    expect(list[1]?.themes[0]).toMatchObject({ sum: 14, average: 2.8, complete: true });
  });

  it('compares two runs with the statements that moved', () => {
    const { service, nextMonth } = setUp();
    const before = service.start('geld');
    answerTheme(service, before.id, 'geld', [1, 1, 2, 2, 3]);
    nextMonth();
    const after = service.start('all');
    answerTheme(service, after.id, 'geld', [1, 3, 2, 1, 3]);
    const comparison = service.compare(before.id, after.id);
    expect(comparison.themes.map((t) => t.themeId)).toEqual(analyses.map((a) => a.themeId));
    // Geld: 1+1+2+2+3 = 9 → 1.8; 1+3+2+1+3 = 10 → 2.0.
    expect(comparison.themes.find((t) => t.themeId === 'geld')?.change).toBeCloseTo(0.2, 10);
    expect(comparison.themes.find((t) => t.themeId === 'doen')?.change).toBeNull();
    expect(comparison.statements.filter((s) => s.change !== null && s.change !== 0)).toEqual([
      { statementId: 'geld-2', themeId: 'geld', before: 1, after: 3, change: 2 },
      { statementId: 'geld-4', themeId: 'geld', before: 2, after: 1, change: -1 },
    ]);
  });

  it('turns the lowest statements into action candidates with a tip or resource of their theme', () => {
    const { service } = setUp();
    const run = service.start('all');
    answerAll(service, run.id, {
      doen: [4, 4, 1, 3, 3],
      doel: [3, 3, 3, 3, 3],
      gemeenteraad: [3, 3, 3, 3, 3, 2],
      geld: [4, 4, 4, 4, 4],
      organisatieverandering: [3, 3, 3, 3, 3, 3],
    });
    const suggestions = service.suggestions(run.id);
    expect(suggestions.statements.map((s) => [s.statementId, s.value])).toEqual([
      ['doen-3', 1],
      ['gemeenteraad-6', 2],
    ]);
    const doen = content.themes.find((t) => t.id === 'doen');
    const raad = content.themes.find((t) => t.id === 'gemeenteraad');
    expect(suggestions.themes.map((t) => [t.themeId, t.tips.length, t.resources.length])).toEqual([
      ['doen', doen?.tips.length, doen?.resources.length],
      ['gemeenteraad', raad?.tips.length, raad?.resources.length],
    ]);

    const tip = doen?.tips[0];
    const resource = raad?.resources[0];
    if (!tip || !resource) throw new Error('content has tips and resources');
    service.mark({ runId: run.id, statementId: 'doen-3', wanted: true, suggestion: { kind: 'tip', id: tip.id } });
    service.mark({
      runId: run.id,
      statementId: 'gemeenteraad-6',
      wanted: true,
      suggestion: { kind: 'resource', id: resource.id },
    });
    service.mark({ runId: run.id, statementId: 'doel-1', wanted: true, suggestion: null });
    const doel = content.themes.find((t) => t.id === 'doel');
    const foreignTip = doen?.tips.find((t) => !doel?.tips.some((own) => own.id === t.id));
    if (!foreignTip) throw new Error('Doen has a tip that Doel does not have');
    expect(() =>
      service.mark({
        runId: run.id,
        statementId: 'doel-1',
        wanted: true,
        suggestion: { kind: 'tip', id: foreignTip.id },
      }),
    ).toThrow('Deze tip of dit hulpmiddel hoort niet bij het thema van de stelling.');
    const marks = service.mark({ runId: run.id, statementId: 'doel-1', wanted: false, suggestion: null });
    expect(marks.map((m) => m.statementId).sort()).toEqual(['doen-3', 'gemeenteraad-6']);

    const candidates = service.actionCandidates();
    expect(
      candidates.map((c) => [c.runId, c.themeId, c.statementId, c.answer, c.suggestion?.kind, c.suggestion?.title]),
    ).toEqual([
      [run.id, 'doen', 'doen-3', 1, 'tip', tip.title],
      [run.id, 'gemeenteraad', 'gemeenteraad-6', 2, 'resource', resource.name],
    ]);
    expect(candidates[0]?.statementText).toBe(analyses[0]?.statements[2]?.text);
    expect(candidates[0]?.themeTitle).toBe(doen?.title);

    const profile = service.latestProfile();
    expect(profile?.runId).toBe(run.id);
    expect(profile?.themes.map((t) => [t.themeId, t.average])).toEqual([
      ['doen', 3],
      ['doel', 3],
      ['gemeenteraad', 17 / 6],
      ['geld', 4],
      ['organisatieverandering', 3],
    ]);
  });

  it('keeps the latest profile at the latest complete five-theme run', () => {
    const { service, nextMonth } = setUp();
    const complete = service.start('all');
    answerAll(service, complete.id, {
      doen: [1, 1, 1, 1, 1],
      doel: [2, 2, 2, 2, 2],
      gemeenteraad: [3, 3, 3, 3, 3, 3],
      geld: [4, 4, 4, 4, 4],
      organisatieverandering: [1, 2, 3, 4, 1, 2],
    });
    nextMonth();
    const single = service.start('doen');
    answerTheme(service, single.id, 'doen', [4, 4, 4, 4, 4]);
    const unfinished = service.start('all');
    service.answer({ runId: unfinished.id, statementId: 'doen-1', value: 4 });
    expect(service.latestProfile()?.runId).toBe(complete.id);
  });
});
