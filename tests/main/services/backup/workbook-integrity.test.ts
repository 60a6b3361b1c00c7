import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maxWorkbookFileCharacters } from '../../../../main/contract/backup-channels';
import { userTables } from '../../../../main/db/replace-contents';
import { maxRequestBytes } from '../../../../main/host/request-limit';
import { tableRules } from '../../../../main/services/backup/rules/table-rules';
import { workbookFileText } from '../../../../main/services/backup/workbook-file';
import { dispatch } from '../../../../main/services/dispatch';
import type { Workbook } from '../../../../main/services/workbook';
import { databaseDump } from '../../../helpers/database-dump';
import { seededWorkbook } from '../../../helpers/seeded-workbook';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();

type Row = Record<string, string | number | null>;
type FileFields = Parameters<typeof workbookFileText>[0];

async function exportText(workbook: Workbook): Promise<string> {
  const result = await dispatch(workbook.handlers, 'workbook.export', undefined);
  const value = result.ok ? (result.value as { kind: string; path?: string }) : undefined;
  if (value?.kind !== 'saved' || !value.path) throw new Error(JSON.stringify(result));
  return readFileSync(value.path, 'utf8');
}

/** Imports `text`, expects a refusal matching `message`, and the database byte for byte as it was. */
async function expectRefused(workbook: Workbook, text: string, message: RegExp): Promise<void> {
  const before = databaseDump(workbook.database);
  const result = await dispatch(workbook.handlers, 'workbook.import', { text });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.message).toMatch(message);
  expect(databaseDump(workbook.database)).toBe(before);
}

const flipByte = (text: string, at: number) => {
  const bytes = Buffer.from(text, 'utf8');
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return bytes.toString('utf8');
};

describe('a workbook file proves its integrity', () => {
  it('every table has its rules, in one place', async () => {
    const workbook = openTestWorkbook(tempDir());
    expect(userTables(workbook.database).filter((table) => !tableRules[table])).toEqual([]);
    workbook.close();
  });

  it('refuses a damaged or changed file before anything else, leaving the database as it was', async () => {
    const source = await seededWorkbook(tempDir());
    await dispatch(source.handlers, 'popOp.create', {});
    const plans = source.handlers['popOp.list']();
    await dispatch(source.handlers, 'popOp.update', { planId: plans[0]?.id ?? 0, changes: { nu: 'Een buurtkeuken' } });
    const text = await exportText(source);
    const other = JSON.parse(await exportText(openTestWorkbook(tempDir()))) as { sha256: string };
    const target = await seededWorkbook(tempDir());
    const middle = Math.floor(Buffer.byteLength(text) / 2);
    const damaged: [string, string][] = [
      ['one flipped byte at the start', flipByte(text, 0)],
      ['one flipped byte in the middle', flipByte(text, middle)],
      ['one flipped byte at the end', flipByte(text, Buffer.byteLength(text) - 1)],
      ['“buurtkeuken” become “buustkeuken”', text.replace('buurtkeuken', 'buustkeuken')],
      ['truncated', text.slice(0, Math.floor(text.length * 0.8))],
      ['junk appended', `${text}\n{"extra":true}`],
      ['the checksum of another file', text.replace(/"sha256":"[0-9a-f]+"/, `"sha256":"${other.sha256}"`)],
    ];
    for (const [name, changed] of damaged) {
      expect(changed, name).not.toBe(text);
      await expectRefused(target, changed, /beschadigd of gewijzigd|geen werkboekbestand/);
    }
    await expectRefused(
      target,
      text.replace('buurtkeuken', 'buustkeuken'),
      /^Dit bestand is beschadigd of gewijzigd; er is niets veranderd\.$/,
    );
  });
});

describe('an import holds every row to the app’s own rules', () => {
  const invalid: [string, (tables: Record<string, Row[]>) => void, RegExp][] = [
    ['a time that is not a date', (t) => set(t.pop_op_plans, 0, 'updated_at', 'gisteren'), /updated_at.*datum en tijd/],
    ['the date 2027-19-39', (t) => set(t.pop_op_plans, 0, 'meeting_date', '2027-19-39'), /meeting_date/],
    ['control characters', (t) => set(t.pop_op_plans, 0, 'nu', 'Ik\u0007begin'), /stuurtekens/],
    ['a 100 000-character text', (t) => set(t.pop_op_plans, 0, 'nu', 'x'.repeat(100_000)), /te lang/],
    ['a 5 000-character title', (t) => set(t.pop_op_plans, 0, 'title', 't'.repeat(5_000)), /title.*te lang/],
    ['250 plans (limit 200)', (t) => copies(t, 'pop_op_plans', 250), /Meer dan 200 POP-OP/],
    ['101 actions in one plan', (t) => copies(t, 'pop_op_actions', 101), /meer dan 100 acties/],
    ['an unknown statement', (t) => set(t.self_analysis_answers, 0, 'statement_id', 'doen-9'), /stelling bestaat niet/],
    ['plans that are each other’s previous plan', previousPlanLoop, /kring/],
    ['a version snapshot of the wrong shape', (t) => set(t.pop_op_versions, 0, 'snapshot', '{"title":1}'), /versie/],
    ['a setting of the wrong shape', (t) => set(t.settings, 0, 'value', '{"name":42}'), /instelling/],
  ];

  function set(rows: Row[] | undefined, index: number, column: string, value: string): void {
    const row = rows?.[index];
    if (!row) throw new Error('the seeded workbook lacks this row');
    row[column] = value;
  }

  function copies(tables: Record<string, Row[]>, table: string, count: number): void {
    const first = tables[table]?.[0];
    if (!first) throw new Error(`no row in ${table}`);
    const maxId = Math.max(...(tables[table] ?? []).map((row) => Number(row.id)));
    const extra = table === 'pop_op_actions' ? (n: number) => ({ position: n }) : () => ({});
    tables[table] = Array.from({ length: count }, (_, n) => ({ ...first, id: maxId + n + 1, ...extra(n) }));
    if (table === 'pop_op_plans')
      tables[table] = (tables[table] ?? []).map((row) => ({ ...row, previous_plan_id: null }));
    tables.pop_op_actions = table === 'pop_op_actions' ? (tables.pop_op_actions ?? []) : [];
    tables.pop_op_factors = [];
    tables.pop_op_versions = [];
    tables.pop_op_meetings = [];
    tables.pop_op_meeting_agreements = [];
    tables.pop_op_talking_points = [];
  }

  function previousPlanLoop(tables: Record<string, Row[]>): void {
    const first = tables.pop_op_plans?.[0];
    if (!first) throw new Error('no plan');
    const second: Row = { ...first, id: Number(first.id) + 1, previous_plan_id: first.id ?? null };
    first.previous_plan_id = Number(first.id) + 1;
    tables.pop_op_plans?.push(second);
  }

  it.each(invalid)('refuses %s, with the database byte for byte as it was', async (_name, change, message) => {
    const workbook = await seededWorkbook(tempDir());
    const file = JSON.parse(await exportText(workbook)) as FileFields & { sha256?: string };
    delete file.sha256;
    change(file.tables as Record<string, Row[]>);
    // Signed again: the checksum is right, so only the app's own rules can refuse it.
    await expectRefused(workbook, workbookFileText(file), message);
  });

  it('export refuses what import would refuse, with a clear message', async () => {
    const workbook = await seededWorkbook(tempDir());
    workbook.database.prepare("UPDATE pop_op_plans SET updated_at = 'gisteren'").run();
    const result = await dispatch(workbook.handlers, 'workbook.export', undefined);
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/kan niet worden geëxporteerd.*POP-OP’s.*updated_at/) },
    });
  });
});

describe('size limits agree end to end', () => {
  it('the host accepts the largest request an importable file can make', () => {
    // JSON.stringify writes a control character as \u0001: six bytes for one character, the worst case.
    const worst = JSON.stringify({ input: { text: '\u0001'.repeat(maxWorkbookFileCharacters) } });
    expect(Buffer.byteLength(worst)).toBeLessThanOrEqual(maxRequestBytes);
  });

  it('round-trips the largest workbook the limits allow, and refuses to export a larger one', async () => {
    const source = openTestWorkbook(tempDir());
    const db = source.database;
    const long = (n: number) => `${n} ${'buurtkeuken '.repeat(1666)}`.slice(0, 20_000);
    const now = new Date().toISOString();
    db.transaction(() => {
      const plan = db.prepare(
        "INSERT INTO pop_op_plans (id, title, nu, richting, nodig, created_at, updated_at) VALUES (?, 'Plan', ?, ?, ?, ?, ?)",
      );
      for (let id = 1; id <= 200; id += 1) plan.run(id, long(id), long(id + 1), long(id + 2), now, now);
      const action = db.prepare(
        'INSERT INTO pop_op_actions (plan_id, position, what, created_at, updated_at) VALUES (?, 0, ?, ?, ?)',
      );
      for (let n = 1; n <= 180; n += 1) action.run(n, long(n), now, now);
    })();
    const text = await exportText(source);
    expect(text.length).toBeGreaterThan(0.9 * maxWorkbookFileCharacters);
    expect(text.length).toBeLessThanOrEqual(maxWorkbookFileCharacters);

    const target = openTestWorkbook(tempDir());
    const result = await dispatch(target.handlers, 'workbook.import', { text });
    expect(result).toMatchObject({ ok: true });
    expect(databaseDump(target.database)).toBe(databaseDump(db));

    const extra = db.prepare(
      'INSERT INTO pop_op_actions (plan_id, position, what, created_at, updated_at) VALUES (?, 1, ?, ?, ?)',
    );
    for (let n = 1; n <= 100; n += 1) extra.run(n, long(n), now, now);
    const tooLarge = await dispatch(source.handlers, 'workbook.export', undefined);
    expect(tooLarge).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('te groot om als één bestand') },
    });
  });
});
