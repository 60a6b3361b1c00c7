import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const probes = join(root, 'main/services/__lint-probe__');
const allowedProbe = join(root, 'main/app/__lint-probe__.ts');

function lint(file: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync(join(root, 'node_modules/.bin/biome'), ['lint', file], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

afterAll(() => {
  rmSync(probes, { recursive: true, force: true });
  rmSync(allowedProbe, { force: true });
});

describe('architecture rule 3: only main/app and preload import electron', () => {
  it('fails the lint for an electron import in main/services', () => {
    mkdirSync(probes, { recursive: true });
    const file = join(probes, 'probe.ts');
    writeFileSync(file, "import { app } from 'electron';\nexport const name = app.name;\n");
    const result = lint(file);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('noRestrictedImports');
  });

  it('allows it in main/app', () => {
    writeFileSync(allowedProbe, "import { app } from 'electron';\nexport const name = app.name;\n");
    expect(lint(allowedProbe).ok).toBe(true);
  });
});
