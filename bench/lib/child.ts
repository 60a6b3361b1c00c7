import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** What a bench child prints on its one stdout line once it is ready. */
export interface ChildReport {
  /** Milliseconds since the child's process started (its performance.now()). */
  readyAt: number;
  rss: number;
  /** Milliseconds the child timed itself, when it measures one step. */
  stepMs?: number;
  /** Milliseconds per step, when the child breaks its work down. */
  steps?: Record<string, number>;
}

/** A bench child bundled next to this runner (out/bench/node/<name>.cjs). */
export const childScript = (name: string) => join(__dirname, `${name}.cjs`);

/**
 * Starts `node args…` in a fresh process and waits for its JSON line: the wall time from
 * spawn to that line, and what the child reported about itself.
 */
export function runChild(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ wallMs: number; report: ChildReport }> {
  const start = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
  return new Promise((resolve, reject) => {
    let stdout = '';
    let wallMs = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      if (wallMs === 0) wallMs = performance.now() - start;
      stdout += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line) return reject(new Error(`bench child ${args.join(' ')} exited with ${code}`));
      resolve({ wallMs, report: JSON.parse(line) as ChildReport });
    });
  });
}

/** The line a child prints when it is ready; the same code for the app and the bare baselines. */
export function reportReady(stepMs?: number, steps?: Record<string, number>): void {
  const report: ChildReport = { readyAt: performance.now(), rss: process.memoryUsage().rss, stepMs, steps };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
