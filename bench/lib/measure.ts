/** Samples of one measured thing, in milliseconds (or bytes), in the order they were taken. */
export type Samples = number[];

/** The value below which `fraction` of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5);

/** How many paired runs each figure takes; at least five (BENCH_RUNS overrides). */
export const runs = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));

/** For cheap figures on a noisy machine (other jobs share the CPUs): twice as many, plus one. */
export const manyRuns = runs * 2 + 1;

/** Milliseconds one call of `work` takes. */
export async function timeMs(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Measures A and its baseline B in turns (A B A B …) so a machine that speeds up or slows
 * down during the run affects both alike. `measure` returns one sample (a time or a size).
 */
export async function interleaved(
  count: number,
  measureA: () => Promise<number>,
  measureB: () => Promise<number>,
): Promise<{ a: Samples; b: Samples }> {
  const a: Samples = [];
  const b: Samples = [];
  for (let index = 0; index < count; index += 1) {
    a.push(await measureA());
    b.push(await measureB());
  }
  return { a, b };
}
