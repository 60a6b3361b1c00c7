import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { migrations } from '../../main/db/migrations/index';
import { openDatabase } from '../../main/db/open-database';
import { createSelfAnalysisRepository } from '../../main/db/self-analysis-repository';
import { guideContentLoader } from '../../main/services/guide/guide-content-cache';
import { createSelfAnalysisService } from '../../main/services/self-analysis/self-analysis-service';

/**
 * Seeds `runs` complete self-analyses (a week apart) in a temp SQLite file through the
 * real service, then times what the history screen asks for. Not a timed test: it prints
 * figures, with a baseline (reading every stored answer with one plain SELECT) measured in
 * the same run, so slow machines give comparable ratios.
 */
export function runBenchmark(options: {
  repoRoot: string;
  runs: number;
  repeats: number;
  /** Seed into this folder and keep it (to look at the screens with that many runs); default: a temp folder. */
  keepIn?: string;
}): void {
  const dir = options.keepIn ?? mkdtempSync(join(tmpdir(), 'werkboek-bench-'));
  try {
    const db = openDatabase(join(dir, 'werkboek.sqlite'), { migrations });
    const content = guideContentLoader(join(options.repoRoot, 'resources'))();
    let week = 0;
    const service = createSelfAnalysisService({
      repository: createSelfAnalysisRepository(db),
      content: () => content,
      now: () => new Date(Date.UTC(2020, 0, 1) + week * 7 * 86_400_000),
    });
    const statements = content.selfAnalyses.analyses.flatMap((analysis) => analysis.statements);

    const seedStart = performance.now();
    // One outer transaction: the service's own per-answer transactions become savepoints,
    // so seeding does not pay 13,500 fsyncs. The timed reads below run as in the app.
    db.transaction(() => {
      for (let run = 0; run < options.runs; run += 1, week += 1) {
        const { id } = service.start('all');
        statements.forEach((statement, index) => {
          service.answer({ runId: id, statementId: statement.id, value: ((run * 7 + index * 3) % 4) + 1 });
        });
        if (run % 10 === 0)
          service.reflect({ runId: id, themeId: 'doen', questionId: 'al', text: 'Notitie '.repeat(40) });
      }
    })();
    const seedMs = performance.now() - seedStart;

    const latestId = service.list()[0]?.id ?? 0;
    const measure = (work: () => unknown) => {
      const times: number[] = [];
      for (let i = 0; i < options.repeats; i += 1) {
        const start = performance.now();
        work();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)] ?? 0;
    };
    const rawSelect = db.prepare('SELECT run_id, statement_id, value FROM self_analysis_answers');
    const baseline = measure(() => rawSelect.all());
    const figures: [string, number][] = [
      ['history list (selfAnalysis.list)', measure(() => service.list())],
      ['trend per theme (selfAnalysis.trend)', measure(() => service.trend())],
      ['one run with "sinds vorige keer" (selfAnalysis.get)', measure(() => service.get(latestId))],
      [
        'history + trend + JSON, as the screen loads them',
        measure(() => JSON.stringify([service.list(), service.trend()])),
      ],
    ];
    db.close();

    const ms = (value: number) => `${value.toFixed(2).padStart(8)} ms`;
    process.stdout.write(
      `Zelfanalyses, ${options.runs} runs × ${statements.length} antwoorden (mediaan van ${options.repeats} metingen)\n`,
    );
    process.stdout.write(`  ${'seeding through the service'.padEnd(52)}${ms(seedMs)}\n`);
    process.stdout.write(`  ${'baseline: one SELECT of all answers'.padEnd(52)}${ms(baseline)}   1.0×\n`);
    for (const [label, value] of figures) {
      process.stdout.write(`  ${label.padEnd(52)}${ms(value)} ${(value / baseline).toFixed(1).padStart(5)}×\n`);
    }
  } finally {
    if (!options.keepIn) rmSync(dir, { recursive: true, force: true });
  }
}
