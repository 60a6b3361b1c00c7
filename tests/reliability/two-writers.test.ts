import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/services/dispatch';
import { createTempDirs } from '../helpers/temp-dir';
import { openTestWorkbook } from '../helpers/workbook';
import { bundleTestChild } from './bundle-child';

const tempDir = createTempDirs();
const writesPerProcess = 150;

function bundleChild(): Promise<string> {
  return bundleTestChild(join(__dirname, 'two-writers-child.ts'));
}

interface Writer {
  go(): void;
  done: Promise<{ ok: number; failed: number; firstFailure: string }>;
}

function startWriter(child: string, args: string[]): Writer {
  const process_ = spawn(process.execPath, [child, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: join(__dirname, '../../node_modules') },
  });
  let stdout = '';
  let stderr = '';
  process_.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  process_.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<{ ok: number; failed: number; firstFailure: string }>((resolve, reject) => {
    process_.once('exit', () => {
      const match = /^DONE (\d+) (\d+) ?(.*)$/m.exec(stdout);
      if (!match) return reject(new Error(`writer ended without DONE: ${stderr}`));
      resolve({ ok: Number(match[1]), failed: Number(match[2]), firstFailure: match[3] ?? '' });
    });
  });
  return { go: () => process_.stdin.end('go\n'), done };
}

async function call<T>(workbook: ReturnType<typeof openTestWorkbook>, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(workbook.handlers, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

describe('two processes writing to one workbook file', () => {
  it(`makes ${2 * writesPerProcess} concurrent read-then-write calls without a single failure`, async () => {
    const dataDir = tempDir();
    const setup = openTestWorkbook(dataDir);
    const plan = await call<{ id: number }>(setup, 'popOp.create', {});
    const run = await call<{ id: number }>(setup, 'selfAnalysis.start', { scope: 'all' });
    setup.close();

    const child = await bundleChild();
    const args = (name: string) => [dataDir, name, String(plan.id), String(run.id), String(writesPerProcess)];
    const writers = [startWriter(child, args('A')), startWriter(child, args('B'))];
    for (const writer of writers) writer.go();
    const results = await Promise.all(writers.map((writer) => writer.done));

    expect(results.map((result) => result.firstFailure)).toEqual(['', '']);
    expect(results.reduce((sum, result) => sum + result.ok, 0)).toBe(2 * writesPerProcess);
    // Every action got its own position: each insert read the last position inside its own write lock.
    const check = openTestWorkbook(dataDir);
    const stored = await call<{ actions: { position?: number; what: string }[] }>(check, 'popOp.get', {
      planId: plan.id,
    });
    const positions = check.database
      .prepare<[number], { position: number }>('SELECT position FROM pop_op_actions WHERE plan_id = ?')
      .all(plan.id)
      .map((row) => row.position);
    expect(stored.actions).toHaveLength(2 * Math.ceil(writesPerProcess / 4));
    expect(new Set(positions).size).toBe(positions.length);
    check.close();
  }, 120_000);
});
