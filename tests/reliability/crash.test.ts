import { expect, it } from 'vitest';
import { runCrashTest } from './crash-harness';

/** The quick variant; `npm run test:crash` runs the full 200 rounds. */
const rounds = Number(process.env.CRASH_ROUNDS ?? 15);

it(`loses no acknowledged write when killed ${rounds} times at random moments`, async () => {
  const figures = await runCrashTest(rounds);
  console.log(
    `crash test: ${figures.rounds} rounds, ${figures.acknowledged} acknowledged steps (answer, plan edit, note, profile: ${figures.acknowledged * 4} writes), lost: ${figures.lost}, integrity failures: ${figures.integrityFailures}`,
  );
  expect(figures.acknowledged).toBeGreaterThan(rounds);
  expect(figures.integrityFailures).toBe(0);
  expect(figures.lost).toBe(0);
}, 600_000);
