import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from './workbook';

export interface LintResult {
  ok: boolean;
  output: string;
}

/**
 * Lints `source` as if it were the file at `path` (relative to the repository), with the
 * project's own Biome configuration, and removes the file again. The probe's name marks it as
 * one, so a probe left behind by a killed run is easy to spot.
 */
export function lintProbe(path: string, source: string): LintResult {
  const file = join(repoRoot, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  try {
    const output = execFileSync(join(repoRoot, 'node_modules/.bin/biome'), ['lint', file], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  } finally {
    rmSync(file, { force: true });
  }
}
