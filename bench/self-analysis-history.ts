import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { migrations } from '../main/db/migrations/index';
import { openDatabase } from '../main/db/open-database';
import { createSelfAnalysisRepository } from '../main/db/self-analysis-repository';
import { guideContentLoader } from '../main/services/guide/guide-content-cache';
import { createSelfAnalysisService } from '../main/services/self-analysis/self-analysis-service';
import { baselineMs, medianMs, report } from './measure';

/**
 * `npm run bench -- bench/self-analysis-history.ts`: seeds 500 complete self-analyses a week
 * apart in a temp SQLite file through the real service, then times what the history screen
 * asks main for. BENCH_RUNS changes the number; BENCH_KEEP_DIR=DIR seeds into DIR and leaves
 * it, to look at the screens on that data with `npm run host -- --data-dir DIR`.
 */
const root = join(__dirname, '..');

async function main(): Promise<void> {
  const keepIn = process.env.BENCH_KEEP_DIR ? resolve(process.env.BENCH_KEEP_DIR) : undefined;
  const runs = Number(process.env.BENCH_RUNS ?? 500);
  const dir = keepIn ?? mkdtempSync(join(tmpdir(), 'werkboek-bench-'));

  const baseline = await baselineMs();
  console.log(`baseline (JSON round trip of 200 kB): ${baseline.toFixed(2)} ms\n`);

  const db = openDatabase(join(dir, 'werkboek.sqlite'), { migrations });
  const content = guideContentLoader(join(root, 'resources'))();
  let week = 0;
  const service = createSelfAnalysisService({
    repository: createSelfAnalysisRepository(db),
    content: () => content,
    now: () => new Date(Date.UTC(2020, 0, 1) + week * 7 * 86_400_000),
  });
  const statements = content.selfAnalyses.analyses.flatMap((analysis) => analysis.statements);

  const seedStart = performance.now();
  // One outer transaction: the service's own per-answer transactions become savepoints, so
  // seeding does not pay one fsync per answer. The timed reads below run as in the app.
  db.transaction(() => {
    for (let run = 0; run < runs; run += 1, week += 1) {
      const { id } = service.start('all');
      statements.forEach((statement, index) => {
        service.answer({ runId: id, statementId: statement.id, value: ((run * 7 + index * 3) % 4) + 1 });
      });
      if (run % 10 === 0)
        service.reflect({ runId: id, themeId: 'doen', questionId: 'al', text: 'Notitie '.repeat(40) });
    }
  })();
  console.log(
    `seeded ${runs} runs × ${statements.length} answers through the service in ${(performance.now() - seedStart).toFixed(0)} ms\n`,
  );

  const latestId = service.list()[0]?.id ?? 0;
  const everyAnswer = db.prepare('SELECT run_id, statement_id, value FROM self_analysis_answers');
  report(
    `one SELECT of all ${runs * statements.length} answers`,
    await medianMs(15, () => everyAnswer.all()),
    baseline,
  );
  report('history list (selfAnalysis.list)', await medianMs(15, () => service.list()), baseline);
  report('trend per theme (selfAnalysis.trend)', await medianMs(15, () => service.trend()), baseline);
  report('one run + "sinds vorige keer" (selfAnalysis.get)', await medianMs(15, () => service.get(latestId)), baseline);
  report(
    'history screen: list + trend + JSON',
    await medianMs(15, () => JSON.stringify([service.list(), service.trend()])),
    baseline,
  );
  db.close();
  if (!keepIn) rmSync(dir, { recursive: true, force: true });
}

void main();
