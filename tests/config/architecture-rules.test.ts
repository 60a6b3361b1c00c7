import { describe, expect, it } from 'vitest';
import { lintProbe } from '../helpers/lint-probe';

/** A probe file that imports `specifier` and uses it, so no other lint rule speaks up. */
const importing = (specifier: string) => `import * as imported from '${specifier}';\nexport const used = imported;\n`;

function expectRejected(path: string, source: string, message: string) {
  const result = lintProbe(path, source);
  expect(result.ok, `${path} should fail the lint`).toBe(false);
  expect(result.output).toContain(message);
}

function expectAllowed(path: string, source: string) {
  const result = lintProbe(path, source);
  expect(result.ok, result.output).toBe(true);
}

describe('the renderer knows main only through the contract', { timeout: 60_000 }, () => {
  const probe = 'renderer/src/screens/__lint-probe-arch__.ts';
  it('rejects an import from main/services or main/db', () => {
    expectRejected(probe, importing('../../../main/services/dispatch'), 'alleen via het contract');
    expectRejected(probe, importing('../../../main/db/settings-repository'), 'alleen via het contract');
  });
  it('rejects Node modules', () => {
    expectRejected(probe, importing('node:fs'), 'geen Node-modules');
  });
  it('allows main/contract and its own files', () => {
    expectAllowed(probe, importing('../../../main/contract/channels'));
    expectAllowed(probe, importing('../lib/autosaver'));
  });
});

describe('the contract imports only zod and itself', { timeout: 60_000 }, () => {
  const probe = 'main/contract/__lint-probe-arch__.ts';
  it('rejects anything else', () => {
    for (const specifier of ['../db/settings-repository', '../services/dispatch', 'node:path', 'react']) {
      expectRejected(probe, importing(specifier), 'alleen zod en zijn eigen bestanden');
    }
  });
  it('rejects zod itself outside main/contract/zod.ts, which sets the Dutch messages first', () => {
    expectRejected(probe, importing('zod'), 'zod via ./zod');
  });
  it('allows the contract’s own files, zod through ./zod', () => {
    expectAllowed(probe, importing('./channels'));
    expectAllowed(probe, importing('./zod'));
  });
});

describe('imports run down only', { timeout: 60_000 }, () => {
  it('rejects main/db importing main/services (also from a subfolder)', () => {
    const message = 'main/db importeert niets uit services';
    expectRejected('main/db/__lint-probe-arch__.ts', importing('../services/dispatch'), message);
    expectRejected('main/db/migrations/__lint-probe-arch__.ts', importing('../../services/workbook'), message);
  });
  it('allows main/db importing the contract', () => {
    expectAllowed('main/db/__lint-probe-arch__.ts', importing('../contract/pop-op-channels'));
  });
  it('rejects main/services importing the browser host', () => {
    expectRejected('main/services/__lint-probe-arch__.ts', importing('../host/server'), 'browser-host');
  });
  it('rejects the shells reaching into main/db, except where the data lives', () => {
    const message = 'via main/services';
    expectRejected('main/app/__lint-probe-arch__.ts', importing('../db/backups'), message);
    expectRejected('main/host/__lint-probe-arch__.ts', importing('../db/open-database'), message);
    expectAllowed('main/app/__lint-probe-arch__.ts', importing('../db/data-dir'));
    expectAllowed('main/host/__lint-probe-arch__.ts', importing('../db/data-file-error'));
  });
});

describe('SQL lives only in main/db', { timeout: 60_000 }, () => {
  const query = [
    "import type { Database } from 'better-sqlite3';",
    'export const count = (db: Database) => db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM t`).get();',
    "export const keys = (db: Database) => db.pragma('foreign_keys = ON');",
    "export const make = (db: Database) => db.exec('create table t (a)');",
    '',
  ].join('\n');
  const message = 'SQL hoort in main/db';

  it('rejects a query, a pragma and a statement outside main/db', () => {
    const result = lintProbe('main/services/__lint-probe-arch__.ts', query);
    expect(result.ok).toBe(false);
    expect(result.output.split(message)).toHaveLength(4);
  });
  it('rejects it in the backup folder too: only the two files on the temporary allow-list pass', () => {
    expectRejected('main/services/backup/__lint-probe-arch__.ts', query, message);
  });
  it('does not mistake a regular expression’s exec for SQL', () => {
    expectAllowed('main/services/__lint-probe-arch__.ts', 'export const match = /^(\\d+)$/.exec("12");\n');
  });
  it('allows it in main/db', () => {
    expectAllowed('main/db/__lint-probe-arch__.ts', query);
  });
});
