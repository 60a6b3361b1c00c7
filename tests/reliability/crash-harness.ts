import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { dataFileName } from '../../main/db/data-dir';
import { migrations } from '../../main/db/migrations/index';
import { openDatabase } from '../../main/db/open-database';

export interface CrashFigures {
  rounds: number;
  acknowledged: number;
  lost: number;
  integrityFailures: number;
}

/** Bundles the child once so it runs on plain Node like the real app's services. */
async function bundleChild(): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'werkboek-crash-bundle-')), 'crash-child.cjs');
  await build({
    entryPoints: [join(__dirname, 'crash-child.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'silent',
    nodePaths: [join(__dirname, '../../node_modules')],
  });
  return out;
}

function runUntilKilled(child: string, dataDir: string, firstIndex: number, killAfterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, [child, dataDir, String(firstIndex)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: join(__dirname, '../../node_modules') },
    });
    const acknowledged: number[] = [];
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    process_.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ACK (\d+)$/.exec(line);
        if (match) acknowledged.push(Number(match[1]));
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
    nextIndex = (acknowledged.at(-1) ?? nextIndex) + 1000;
    const db = openDatabase(join(dataDir, dataFileName), { migrations });
    try {
      if (db.pragma('integrity_check', { simple: true }) !== 'ok') figures.integrityFailures += 1;
      const present = db.prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM guide_notes WHERE section_key = ?',
      );
      for (const index of acknowledged) {
        if ((present.get(`crash/${index}`)?.n ?? 0) !== 1) figures.lost += 1;
      }
      const last = acknowledged.at(-1);
      if (last !== undefined) {
        const name = db
          .prepare("SELECT json_extract(value, '$.name') FROM settings WHERE key = 'profile'")
          .pluck()
          .get() as string;
        // The profile holds the last acknowledged round or a later one (written, not yet acknowledged).
        if (Number(name.replace('ronde ', '')) < last) figures.lost += 1;
      }
    } finally {
      db.close();
    }
  }
  return figures;
}
