import { describe, expect, it } from 'vitest';
import { lintProbe } from '../helpers/lint-probe';

const electronImport = "import { app } from 'electron';\nexport const name = app.name;\n";

describe('architecture rule 3: only main/app and preload import electron', { timeout: 60_000 }, () => {
  it('fails the lint for an electron import in main/services', () => {
    const result = lintProbe('main/services/__lint-probe-electron__.ts', electronImport);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('noRestrictedImports');
  });

  it('fails it in the folders with their own import rules too (an override replaces the options)', () => {
    for (const path of ['renderer/src/__lint-probe-electron__.ts', 'main/db/__lint-probe-electron__.ts']) {
      const result = lintProbe(path, electronImport);
      expect(result.ok, path).toBe(false);
      expect(result.output).toContain('architectuurregel 3');
    }
  });

  it('allows it in main/app', () => {
    expect(lintProbe('main/app/__lint-probe-electron__.ts', electronImport).ok).toBe(true);
  });
});
