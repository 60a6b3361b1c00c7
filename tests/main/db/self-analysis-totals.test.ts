import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ThemeId, themeIds } from '../../../main/contract/guide-content';
import type { RunScope } from '../../../main/contract/self-analysis-channels';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations/index';
import { createSelfAnalysisRepository } from '../../../main/db/self-analysis-repository';
import { guideContentLoader } from '../../../main/services/guide/guide-content-cache';
import { buildCatalog } from '../../../main/services/self-analysis/catalog';
import { type ScoredRun, sincePrevious } from '../../../main/services/self-analysis/history';
import { scoreRun } from '../../../main/services/self-analysis/scoring';
import { createSelfAnalysisService } from '../../../main/services/self-analysis/self-analysis-service';
import { repoRoot } from '../../helpers/workbook';

const content = guideContentLoader(join(repoRoot, 'resources'))();
const catalog = buildCatalog(content);
const statementIds = catalog.statements.map((statement) => statement.id);

function open(version = migrations.at(-1)?.version ?? 0) {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    migrations.filter((m) => m.version <= version),
  );
  return db;
}

/** The totals stored on every run, as columns. */
const stored = (db: BetterSqlite3.Database) =>
  db
    .prepare(
      `SELECT id, ${themeIds.map((t) => `${t}_sum AS "${t}.sum", ${t}_answered AS "${t}.answered"`).join(', ')}
       FROM self_analysis_runs ORDER BY id`,
    )
    .all();

/** The same totals counted afresh from the answers, the slow way. */
const recounted = (db: BetterSqlite3.Database) => {
  const answers = db
    .prepare<[], { runId: number; statementId: string; value: number }>(
      'SELECT run_id AS runId, statement_id AS statementId, value FROM self_analysis_answers',
    )
    .all();
  const runIds = db.prepare<[], number>('SELECT id FROM self_analysis_runs ORDER BY id').pluck().all();
  return runIds.map((id) => {
    const row: Record<string, number> = { id };
    for (const theme of themeIds) {
      const mine = answers.filter((a) => a.runId === id && catalog.statementById.get(a.statementId)?.themeId === theme);
      row[`${theme}.sum`] = mine.reduce((sum, a) => sum + a.value, 0);
      row[`${theme}.answered`] = mine.length;
    }
    return row;
  });
};

type Step =
  | { kind: 'start'; scope: RunScope }
  | { kind: 'answer'; run: number; statement: number; value: number }
  | { kind: 'fill'; run: number; theme: ThemeId; values: number[] }
  | { kind: 'unanswer'; run: number; statement: number }
  | { kind: 'delete'; run: number };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('start' as const), scope: fc.constantFrom<RunScope>('all', ...themeIds) }),
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      run: fc.nat(),
      statement: fc.nat({ max: statementIds.length - 1 }),
      value: fc.integer({ min: 1, max: 4 }),
    }),
  },
  {
    // A whole theme at once, so complete themes (the trend, "sinds vorige keer") occur often.
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('fill' as const),
      run: fc.nat(),
      theme: fc.constantFrom(...themeIds),
      values: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 6, maxLength: 6 }),
    }),
  },
  fc.record({ kind: fc.constant('unanswer' as const), run: fc.nat(), statement: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), run: fc.nat() }),
);

/**
 * Plays the steps on the real service (and one raw delete of an answer, which the app never
 * does but an import could), each run's date a day after the previous one.
 */
function play(steps: readonly Step[]) {
  const db = open();
  let day = 0;
  const service = createSelfAnalysisService({
    repository: createSelfAnalysisRepository(db),
    content: () => content,
    now: () => new Date(Date.UTC(2026, 0, 1 + day)),
  });
  const runs: number[] = [];
  const pick = (index: number) => runs[index % Math.max(1, runs.length)];
  for (const step of steps) {
    day += 1;
    const runId = step.kind === 'start' ? undefined : pick(step.run);
    if (step.kind === 'start') runs.push(service.start(step.scope).id);
    else if (runId === undefined) continue;
    else if (step.kind === 'delete') {
      service.delete(runId);
      runs.splice(runs.indexOf(runId), 1);
    } else if (step.kind === 'unanswer') {
      db.prepare('DELETE FROM self_analysis_answers WHERE run_id = ? AND statement_id = ?').run(
        runId,
        statementIds[step.statement % statementIds.length],
      );
    } else {
      const scope = service.get(runId).scope;
      const answers =
        step.kind === 'fill'
          ? (catalog.analyses
              .find((theme) => theme.themeId === step.theme)
              ?.statements.map((statement, index) => [statement.id, step.values[index] ?? 1] as const) ?? [])
          : [[statementIds[step.statement] ?? '', step.value] as const];
      for (const [statementId, value] of answers) {
        if (scope === 'all' || statementId.startsWith(`${scope}-`)) service.answer({ runId, statementId, value });
      }
    }
  }
  return { db, service };
}

/** Every run scored from its answers, oldest first: how the history was computed before 0006. */
function historyFromAnswers(db: BetterSqlite3.Database): ScoredRun[] {
  const repository = createSelfAnalysisRepository(db);
  return repository.runs().map((row) => {
    const answers = new Map(repository.answers(row.id).map((a) => [a.statementId, a.value]));
    const scope = row.scope as RunScope;
    const scores = scoreRun(catalog.analyses, scope, answers, catalog.scaleLabels);
    const { id, name, createdAt, updatedAt } = row;
    return { summary: { id, name, scope, createdAt, updatedAt, ...scores }, answers };
  });
}

const steps = fc.array(stepArbitrary, { minLength: 1, maxLength: 60 });

describe('self-analysis totals kept on the runs (migration 0006)', () => {
  it('equal a recount of the answers after any sequence of answers, deletions and runs', () => {
    fc.assert(
      fc.property(steps, (sequence) => {
        const { db } = play(sequence);
        expect(stored(db)).toEqual(recounted(db));
        db.close();
      }),
      { numRuns: 100 },
    );
  });

  it('give the history, trend, latest profile and "sinds vorige keer" the answers give', () => {
    fc.assert(
      fc.property(steps, (sequence) => {
        const { db, service } = play(sequence);
        const history = historyFromAnswers(db);
        expect(service.list()).toEqual(history.map((run) => run.summary).reverse());
        expect(service.list({ offset: 1, limit: 2 })).toEqual(
          history
            .map((run) => run.summary)
            .reverse()
            .slice(1, 3),
        );
        const trend = catalog.analyses.map((theme) => ({
          themeId: theme.themeId,
          points: history.flatMap(({ summary }) => {
            const score = summary.themes.find((t) => t.themeId === theme.themeId);
            return score?.complete && score.average !== null
              ? [{ runId: summary.id, createdAt: summary.createdAt, average: score.average }]
              : [];
          }),
        }));
        expect(service.trend()).toEqual({ themes: trend });
        const latest = history.findLast((run) => run.summary.scope === 'all' && run.summary.complete);
        expect(service.latestProfile()?.runId ?? null).toBe(latest?.summary.id ?? null);
        for (const run of history) {
          expect(service.get(run.summary.id).sincePrevious).toEqual(sincePrevious(run, history, catalog.analyses));
        }
        db.close();
      }),
      { numRuns: 60 },
    );
  });

  it('are counted for the runs already stored when the migration runs', () => {
    const db = open(5);
    db.prepare("INSERT INTO self_analysis_runs (scope, created_at, updated_at) VALUES ('all', 'x', 'x')").run();
    db.prepare("INSERT INTO self_analysis_runs (scope, created_at, updated_at) VALUES ('geld', 'x', 'x')").run();
    const insert = db.prepare("INSERT INTO self_analysis_answers VALUES (?, ?, ?, 'x')");
    for (const [runId, statementId, value] of [
      [1, 'doen-1', 3],
      [1, 'doen-2', 4],
      [1, 'organisatieverandering-6', 1],
      [2, 'geld-3', 2],
    ] as const)
      insert.run(runId, statementId, value);
    migrate(db, migrations);
    expect(stored(db)).toEqual(recounted(db));
    expect(stored(db)[0]).toMatchObject({ 'doen.sum': 7, 'doen.answered': 2, 'organisatieverandering.sum': 1 });
  });

  it('are recounted when rows are copied in with wrong totals (an import or a restore)', () => {
    const db = open();
    const wrong = Object.fromEntries(
      themeIds.flatMap((t: ThemeId) => [
        [`${t}_sum`, 9],
        [`${t}_answered`, 9],
      ]),
    );
    const columns = Object.keys(wrong);
    db.prepare(
      `INSERT INTO self_analysis_runs (id, scope, created_at, updated_at, ${columns.join(', ')})
       VALUES (1, 'all', 'x', 'x', ${columns.map((c) => `@${c}`).join(', ')})`,
    ).run(wrong);
    db.prepare("INSERT INTO self_analysis_answers VALUES (1, 'doel-2', 3, 'x')").run();
    expect(stored(db)).toEqual(recounted(db));
    expect(stored(db)[0]).toMatchObject({ 'doel.sum': 3, 'doel.answered': 1, 'doen.sum': 0, 'doen.answered': 0 });
  });

  it('need statement ids that start with their theme id (what the triggers count by)', () => {
    for (const statement of catalog.statements) expect(statement.id.startsWith(`${statement.themeId}-`)).toBe(true);
  });
});
