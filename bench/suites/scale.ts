import type { Database } from 'better-sqlite3';
import { foldAccents } from '../../main/services/guide/search/dutch-terms';
import { guidePassages } from '../../main/services/guide/search/guide-passages';
import type { Workbook } from '../../main/services/workbook';
import { call, openBenchWorkbook, tempDir } from '../lib/bench-workbook';
import { interleaved, manyRuns, median, percentile, timeMs } from '../lib/measure';
import { seedOwnTexts } from '../lib/own-texts-seed';
import { type Row, ratioRow } from '../lib/report';
import { countsAt, seedUpTo } from '../lib/scale-seed';

const levels = [10, 100, 1000] as const;
/** Where the issue (#19) sets none: a list answers within 50 ms with 1000 runs, so the screen still feels immediate. */
const maxListMs = 50;
/** #19: the guide search stays within 10 ms (p95). */
const maxSearchMs = 10;
/** The first screenful of the history, newest first ("meer laden" fetches the next). */
const screenful = 50;

/** A list's targets at 1000 runs: a ratio to its bare select, its growth since `flatFrom` runs, a time. */
interface Target {
  maxRatio?: number;
  maxGrowth?: number;
  maxMs?: number;
}
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

/** The dashboard's baseline: the rows it shows, each straight from SQLite. */
function bareDashboard(db: Database) {
  const run = db.prepare('SELECT * FROM self_analysis_runs ORDER BY created_at DESC, id DESC LIMIT 1');
  const plan = db.prepare<[], { id: number }>('SELECT * FROM pop_op_plans ORDER BY created_at DESC, id DESC LIMIT 1');
  const actions = db.prepare('SELECT * FROM pop_op_actions WHERE plan_id = ?');
  const notes = db.prepare('SELECT * FROM guide_notes ORDER BY updated_at DESC LIMIT 3');
  return () => {
    const newest = plan.get();
    return JSON.stringify([run.get(), newest, newest && actions.all(newest.id), notes.all()]);
  };
}

interface Measured {
  name: string;
  channel: string;
  input?: (db: Database) => unknown;
  baselineName: string;
  bare: (db: Database) => () => unknown;
  target: Target;
  /** The level its growth is measured from: the first at which it shows as much as at 1000. */
  flatFrom?: (typeof levels)[number];
}

const measured: Measured[] = [
  ...[
    {
      // Every run with five scores and their readings: its JSON alone is ~6× the bare rows', so
      // the issue's ≤ 3× applies to what the screen asks for, the first screenful (next row).
      name: 'history list, all runs (selfAnalysis.list)',
      channel: 'selfAnalysis.list',
      table: 'self_analysis_runs',
      target: { maxMs: maxListMs },
    },
    {
      name: `history list, first ${screenful} (selfAnalysis.list)`,
      channel: 'selfAnalysis.list',
      input: () => ({ limit: screenful }),
      table: 'self_analysis_runs',
      target: { maxRatio: 3, maxGrowth: 1.5 },
      flatFrom: 100 as const,
    },
    // The trend reads the runs (their stored totals), no longer every answer.
    {
      name: 'trend (selfAnalysis.trend)',
      channel: 'selfAnalysis.trend',
      table: 'self_analysis_runs',
      target: { maxRatio: 3 },
    },
    { name: 'plan list (popOp.list)', channel: 'popOp.list', table: 'pop_op_plans', target: { maxMs: maxListMs } },
    {
      name: 'initiative list (financing.list)',
      channel: 'financing.list',
      table: 'financing_initiatives',
      target: { maxRatio: 3 },
    },
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
    target: { maxMs: maxListMs },
  },
  {
    // Start (#14): the newest plan with its actions, the newest run, the notes and where the user
    // was (a plan); at 1000 runs the workbook holds 200 plans.
    name: 'start screen (dashboard.summary)',
    channel: 'dashboard.summary',
    baselineName: 'SELECT newest run, plan, its actions, 3 notes',
    bare: bareDashboard,
    target: { maxMs: maxListMs, maxGrowth: 1.5 },
  },
];

/** The targets in words and whether the figure meets all of them. */
function judge(list: Measured, value: number, ratio: number, growth: number) {
  const { maxRatio, maxGrowth, maxMs } = list.target;
  const checks = [
    maxRatio === undefined ? undefined : { words: `≤ ${maxRatio}×`, met: ratio <= maxRatio },
    maxGrowth === undefined
      ? undefined
      : { words: `≤ ${maxGrowth}× at ${list.flatFrom ?? levels[0]}`, met: growth <= maxGrowth },
    maxMs === undefined ? undefined : { words: `≤ ${maxMs} ms`, met: value <= maxMs },
  ].filter((check) => check !== undefined);
  return { target: checks.map((check) => check.words).join(', '), met: checks.every((check) => check.met) };
}

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
    if (level === (list.flatFrom ?? levels[0])) first.set(list.name, value);
    const growth = value / (first.get(list.name) ?? value);
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
            ...judge(list, value, row.ratio, growth),
            note: `${growth.toFixed(1)}× the time at ${list.flatFrom ?? levels[0]} (${1000 / (list.flatFrom ?? levels[0])}× the data)`,
          }
        : row,
    );
  }
  return rows;
}

/**
 * The search baseline: a plain substring scan over the passages and the user's own texts,
 * folded once beforehand (what a search without Dutch terms, ranking or snippets would cost).
 */
function bareSearch(workbook: Workbook) {
  const own = workbook.database.prepare<[], { text: string }>(
    `SELECT body AS text FROM guide_notes UNION ALL SELECT turnaround FROM reason_reflections
     UNION ALL SELECT text FROM self_analysis_reflections UNION ALL SELECT nu || ' ' || richting || ' ' || nodig FROM pop_op_plans
     UNION ALL SELECT what FROM pop_op_actions`,
  );
  const guide = guidePassages(workbook.handlers['guide.content']()).map((p) => foldAccents(`${p.title} ${p.text}`));
  return (query: string) => {
    const folded = foldAccents(query);
    const texts = [...guide, ...own.all().map((row) => foldAccents(row.text))];
    return texts.filter((text) => text.includes(folded)).length;
  };
}

/** `guide.search` p95 over the queries, 20 rounds, against the substring scan in turns. */
async function searchRow(workbook: Workbook, name: string, note?: string): Promise<Row> {
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
    name: `${name} (${queries.length} queries × 20)`,
    unit: 'ms',
    value: percentile(app, 0.95),
    baseline: percentile(base, 0.95),
    baselineName: 'substring scan',
    ...(note ? { note } : {}),
  });
  return { ...search, target: `≤ ${maxSearchMs} ms`, met: search.value <= maxSearchMs };
}

/** The search with about 500 different texts of one's own (notes, reasons, reflections, a POP-OP). */
async function ownTextsSearchRow(): Promise<Row> {
  const workbook = openBenchWorkbook(tempDir());
  const seeded = seedOwnTexts(workbook);
  const total = seeded.notes + seeded.reasons + seeded.reflections + seeded.popOp;
  const row = await searchRow(
    workbook,
    `guide search p95 with ${total} own texts`,
    `${seeded.notes} notes, ${seeded.reasons} reasons, ${seeded.reflections} reflections, ${seeded.popOp} POP-OP texts`,
  );
  workbook.close();
  return row;
}

/** 6: list response times at 10, 100 and 1000 runs (with plans and initiatives alongside), and guide search. */
export async function scaleSuite(): Promise<Row[]> {
  const workbook = openBenchWorkbook(tempDir());
  const rows: Row[] = [];
  const first = new Map<string, number>();
  let have = { runs: 0, plans: 0, initiatives: 0 };
  // Start names the place the user was last: a plan, by its title.
  await call(workbook, 'dashboard.visit', { path: '/pop-op', rest: '1' });
  for (const level of levels) {
    seedUpTo(workbook, level, have);
    have = countsAt(level);
    rows.push(...(await listRows(workbook, level, first)));
  }

  // At 1000 runs the search also reads the runs' reflections and the plans' texts (~1100, much alike).
  rows.push(await searchRow(workbook, 'guide search p95 per query, at 1000 runs'));
  rows.push(await ownTextsSearchRow());
  workbook.close();
  return rows;
}
