// `npm run test:crash`: the full crash test (200 kill rounds); `npm test` runs a quick 15-round one.
// An environment variable set here, not as `CRASH_ROUNDS=200 vitest` in package.json: cmd.exe
// on Windows does not understand that syntax.
import { runTool } from './lib/node-tool.mjs';

process.exit(
  runTool('vitest', 'vitest', ['run', 'tests/reliability/crash.test.ts'], {
    env: { ...process.env, CRASH_ROUNDS: process.env.CRASH_ROUNDS ?? '200' },
  }),
);
