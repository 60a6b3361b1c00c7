import type { Database } from 'better-sqlite3';
import { foldAccents } from '../../main/services/guide/search/dutch-terms';
import { guidePassages } from '../../main/services/guide/search/guide-passages';
import type { Workbook } from '../../main/services/workbook';
import { call, openBenchWorkbook, tempDir } from '../lib/bench-workbook';
import { interleaved, manyRuns, median, percentile, timeMs } from '../lib/measure';
import { type Row, ratioRow } from '../lib/report';
import { countsAt, seedUpTo } from '../lib/scale-seed';

const levels = [10, 100, 1000] as const;
/** My target, not the issue's: a list answers within 50 ms with 1000 runs, so the screen still feels immediate. */
const maxListMs = 50;
const maxSearchMs = 50;
const queries = [
  'subsidie',
  'coöperatie',
  'gemeenteraad rollen',
  'crowdfunding',
  'burgerjury',
  'initiatieven',
  'geld',
  'vertrouwen',
];

/** The list baseline: every row of the list's main table, straight from SQLite, as JSON. */
const selectAll = (table: string) => (db: Database) => {
  const statement = db.prepare(`SELECT * FROM ${table}`);
  return () => JSON.stringify(statement.all());
};

const newestRunId = (db: Database) =>
  (db.prepare('SELECT id FROM self_analysis_runs ORDER BY created_at DESC, id DESC LIMIT 1').get() as { id: number })
    .id;

interface Measured {
  name: string;
  channel: string;
  input?: (db: Database) => unknown;
  baselineName: string;
  bare: (db: Database) => () => unknown;
}

const measured: Measured[] = [
  ...[
    { name: 'history list (selfAnalysis.list)', channel: 'selfAnalysis.list', table: 'self_analysis_runs' },
    { name: 'trend (selfAnalysis.trend)', channel: 'selfAnalysis.trend', table: 'self_analysis_answers' },
    { name: 'plan list (popOp.list)', channel: 'popOp.list', table: 'pop_op_plans' },
    { name: 'initiative list (financing.list)', channel: 'financing.list', table: 'financing_initiatives' },
  ].map((list) => ({ ...list, baselineName: `SELECT * ${list.table}`, bare: selectAll(list.table) })),
  {
    // One screen's work that must not grow with the history: opening the newest run.
    name: 'open the newest run (selfAnalysis.get)',
    channel: 'selfAnalysis.get',
    input: (db) => ({ runId: newestRunId(db) }),
    baselineName: "SELECT one run's answers",
    bare: (db) => {
      const statement = db.prepare('SELECT * FROM self_analysis_answers WHERE run_id = ?');
      const runId = newestRunId(db);
      return () => JSON.stringify(statement.all(runId));
    },
  },
];

async function listRows(workbook: Workbook, level: number, first: Map<string, number>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const list of measured) {
    const bare = list.bare(workbook.database);
    const input = list.input?.(workbook.database);
    const { a, b } = await interleaved(
      manyRuns,
      () => timeMs(async () => JSON.stringify(await call(workbook, list.channel, input))),
      () => timeMs(bare),
    );
    const value = median(a);
    if (level === levels[0]) first.set(list.channel, value);
    const growth = value / (first.get(list.channel) ?? value);
    const row = ratioRow({
      group: `scale ${level}`,
      name: list.name,
      unit: 'ms',
      value,
      baseline: median(b),
      baselineName: list.baselineName,
    });
    rows.push(
      level === 1000
        ? {
            ...row,
            target: `≤ ${maxListMs} ms`,
            met: value <= maxListMs,
            note: `${growth.toFixed(0)}× the time at 10 (100× the data)`,
          }
        : row,
    );
  }
  return rows;
}

/** The search baseline: a plain substring scan over the passages, folded once beforehand. */
function bareSearch(workbook: Workbook) {
  const texts = guidePassages(workbook.handlers['guide.content']()).map((p) => foldAccents(`${p.title} ${p.text}`));
  return (query: string) => texts.filter((text) => text.includes(foldAccents(query))).length;
}

/** 6: list response times at 10, 100 and 1000 runs (with plans and initiatives alongside), and guide search. */
export async function scaleSuite(): Promise<Row[]> {
  const workbook = openBenchWorkbook(tempDir());
  const rows: Row[] = [];
  const first = new Map<string, number>();
  let have = { runs: 0, plans: 0, initiatives: 0 };
  for (const level of levels) {
    seedUpTo(workbook, level, have);
    have = countsAt(level);
    rows.push(...(await listRows(workbook, level, first)));
  }

  await call(workbook, 'guide.search', { query: 'warm' });
  const bare = bareSearch(workbook);
  const app: number[] = [];
  const base: number[] = [];
  for (let repeat = 0; repeat < 20; repeat += 1) {
    for (const query of queries) {
      const { a, b } = await interleaved(
        1,
        () => timeMs(() => call(workbook, 'guide.search', { query })),
        () => timeMs(() => bare(query)),
      );
      app.push(...a);
      base.push(...b);
    }
  }
  const search = ratioRow({
    group: 'search',
    name: `guide search p95 per query (${queries.length} queries × 20)`,
    unit: 'ms',
    value: percentile(app, 0.95),
    baseline: percentile(base, 0.95),
    baselineName: 'substring scan',
  });
  rows.push({ ...search, target: `≤ ${maxSearchMs} ms`, met: search.value <= maxSearchMs });
  workbook.close();
  return rows;
}
