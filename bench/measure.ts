/** Median wall-clock milliseconds of `runs` calls (after one warm-up call). */
export async function medianMs(runs: number, work: () => unknown | Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/**
 * The baseline every figure is divided by, measured in the same run on the same machine:
 * JSON round trips of a fixed 200 kB document. Ratios survive a faster or slower machine.
 */
export async function baselineMs(): Promise<number> {
  const document = JSON.stringify(
    Array.from({ length: 2000 }, (_, index) => ({
      id: index,
      text: `regel ${index} `.repeat(8),
      tags: ['a', 'b', 'c'],
    })),
  );
  return medianMs(15, () => JSON.parse(JSON.stringify(JSON.parse(document))));
}

/** One line per figure: the time and its ratio to the baseline. */
export function report(name: string, ms: number, baseline: number): void {
  console.log(
    `${name.padEnd(48)} ${ms.toFixed(2).padStart(9)} ms   ${(ms / baseline).toFixed(2).padStart(8)} × baseline`,
  );
}
