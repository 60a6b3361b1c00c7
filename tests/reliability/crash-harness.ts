import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { dataFileName } from '../../main/db/data-dir';
import { migrations } from '../../main/db/migrations/index';
import { openDatabase } from '../../main/db/open-database';
import { bundleTestChild } from './bundle-child';
import { crashWrites, stepOf } from './crash-writes';

export interface CrashFigures {
  rounds: number;
  acknowledged: number;
  lost: number;
  integrityFailures: number;
}

function bundleChild(): Promise<string> {
  return bundleTestChild(join(__dirname, 'crash-child.ts'));
}

/** One acknowledged step of the child: its number, and the run and plan it wrote to. */
interface Ack {
  index: number;
  runId: number;
  planId: number;
}

function runUntilKilled(child: string, dataDir: string, firstIndex: number, killAfterMs: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, [child, dataDir, String(firstIndex)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: join(__dirname, '../../node_modules') },
    });
    const acknowledged: Ack[] = [];
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    process_.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ACK (\d+) (\d+) (\d+)$/.exec(line);
        if (match) acknowledged.push({ index: Number(match[1]), runId: Number(match[2]), planId: Number(match[3]) });
      }
      // Start the clock at the first acknowledged write, so every round kills mid-writing.
      timer ??= setTimeout(() => process_.kill('SIGKILL'), killAfterMs);
    });
    process_.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    process_.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`crash child ended by itself: ${stderr}`));
      else resolve(acknowledged);
    });
  });
}

/**
 * Counts acknowledged writes missing from the file. Only the step after the last acknowledged
 * one can have been under way at the kill, so every later-or-equal value is accepted for the
 * texts that are overwritten each step, and answers must be exactly as last acknowledged.
 */
function countLost(db: Database, acknowledged: readonly Ack[]): number {
  const last = acknowledged.at(-1);
  if (!last) return 0;
  let lost = 0;
  const answer = db.prepare<[number, string], number>(
    'SELECT value FROM self_analysis_answers WHERE run_id = ? AND statement_id = ?',
  );
  const lastAnswer = new Map<string, number>();
  for (const ack of acknowledged) {
    const write = crashWrites(ack.index);
    lastAnswer.set(write.statementId, write.answer);
  }
  // The step under way at the kill may have overwritten its statement's answer: that is allowed.
  const inFlight = crashWrites(last.index + 1);
  for (const [statementId, value] of lastAnswer) {
    const stored = answer.pluck().get(last.runId, statementId);
    if (stored !== value && !(statementId === inFlight.statementId && stored === inFlight.answer)) lost += 1;
  }
  const planText = db.prepare<[number], string>('SELECT nu FROM pop_op_plans WHERE id = ?').pluck().get(last.planId);
  if (planText === undefined || stepOf(planText) < last.index) lost += 1;
  const noteKey = crashWrites(last.index).noteKey;
  const note = db.prepare<[string], string>('SELECT body FROM guide_notes WHERE section_key = ?').pluck().get(noteKey);
  if (note === undefined || stepOf(note) < last.index) lost += 1;
  const name = db.prepare("SELECT json_extract(value, '$.name') FROM settings WHERE key = 'profile'").pluck().get() as
    | string
    | undefined;
  if (name === undefined || stepOf(name) < last.index) lost += 1;
  return lost;
}

/**
 * Kills a writing child `rounds` times at random moments on one data file. After every
 * kill: the file opens, passes integrity_check, and holds every write the child acknowledged.
 */
export async function runCrashTest(rounds: number, random: () => number = Math.random): Promise<CrashFigures> {
  const child = await bundleChild();
  const dataDir = mkdtempSync(join(tmpdir(), 'werkboek-crash-'));
  const figures: CrashFigures = { rounds, acknowledged: 0, lost: 0, integrityFailures: 0 };
  let nextIndex = 0;
  for (let round = 0; round < rounds; round += 1) {
    const acknowledged = await runUntilKilled(child, dataDir, nextIndex, 1 + Math.floor(random() * 40));
    figures.acknowledged += acknowledged.length;
    // The next round writes new keys; a write that was under way but not acknowledged may exist.
    nextIndex = (acknowledged.at(-1)?.index ?? nextIndex) + 1000;
    const db = openDatabase(join(dataDir, dataFileName), { migrations });
    try {
      if (db.pragma('integrity_check', { simple: true }) !== 'ok') figures.integrityFailures += 1;
      figures.lost += countLost(db, acknowledged);
    } finally {
      db.close();
    }
  }
  return figures;
}
