import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { userTables } from '../../../../main/db/replace-contents';
import { dispatch } from '../../../../main/services/dispatch';
import type { Workbook } from '../../../../main/services/workbook';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();

/** Every row of every table: "the database exactly as it was". */
function snapshot(workbook: Workbook): string {
  const db = workbook.database;
  return JSON.stringify(
    userTables(db).map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]),
  );
}

async function exportText(workbook: Workbook): Promise<string> {
  const result = await dispatch(workbook.handlers, 'workbook.export', undefined);
  if (!result.ok || (result.value as { kind: string }).kind !== 'saved') throw new Error(JSON.stringify(result));
  return readFileSync((result.value as { path: string }).path, 'utf8');
}

/** Calls a channel through the contract and returns its value; a refusal fails the test. */
async function value<T>(workbook: Workbook, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(workbook.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/**
 * A workbook with something in every table, written through the real handlers, so a table a
 * new feature adds joins this suite by itself (the "no table is empty" check below says so).
 */
async function seeded(): Promise<Workbook> {
  const workbook = openTestWorkbook(tempDir());
  await value(workbook, 'settings.set', { profile: { name: 'Ayşe Kovačević', organisation: 'Gemeente IJsselstein' } });
  await value(workbook, 'guide.notes.save', { key: 'doen/een-omslag', body: 'Mijn notitie 🎉 "quotes" <b>' });
  await value(workbook, 'guide.bookmarks.set', { key: 'doen/een-omslag', on: true });
  await value(workbook, 'guide.reasons.save', { reasonNumber: 3, recognition: 'herken-ik', turnaround: 'Omdraaien' });

  const run = await value<{ id: number }>(workbook, 'selfAnalysis.start', { scope: 'doen' });
  await value(workbook, 'selfAnalysis.answer', { runId: run.id, statementId: 'doen-1', value: 2 });
  await value(workbook, 'selfAnalysis.reflect', { runId: run.id, themeId: 'doen', questionId: 'al', text: 'Al veel' });
  await value(workbook, 'selfAnalysis.mark', { runId: run.id, statementId: 'doen-1', wanted: true, suggestion: null });

  const plan = await value<{ id: number }>(workbook, 'popOp.create', {});
  await value(workbook, 'popOp.update', { planId: plan.id, changes: { title: 'POP-OP 2027', nu: 'Ik begin' } });
  await value(workbook, 'popOp.actions.add', { planId: plan.id, fields: { what: 'Wijkschouw', status: 'bezig' } });
  await value(workbook, 'popOp.factors.add', { planId: plan.id, kind: 'kans', text: 'Een wethouder die meedenkt' });
  await value(workbook, 'popOp.setStatus', { planId: plan.id, status: 'besproken' });

  const initiative = await value<{ id: number }>(workbook, 'financing.create', { name: 'Buurtmoestuin' });
  await value(workbook, 'financing.update', {
    id: initiative.id,
    patch: { needs: ['geld', 'plek'], answers: { risico: null }, weights: { risico: 3 } },
  });
  return workbook;
}

describe('export and import of the whole workbook', () => {
  it('round-trips every table exactly, and no table is left out', async () => {
    const source = await seeded();
    const empty = userTables(source.database).filter(
      (table) => source.database.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() === 0,
    );
    expect(empty, 'seeded() must put a row in every table, including new ones').toEqual([]);
    const text = await exportText(source);
    const target = openTestWorkbook(tempDir());
    const result = await dispatch(target.handlers, 'workbook.import', { text });
    expect(result).toMatchObject({ ok: true, value: { rows: expect.any(Number) } });
    expect(snapshot(target)).toBe(snapshot(source));
  });

  it('replaces what was there, after keeping a safety copy', async () => {
    const source = await seeded();
    const text = await exportText(source);
    const target = openTestWorkbook(tempDir());
    target.handlers['settings.set']({ profile: { name: 'Iemand anders' } });
    const result = await dispatch(target.handlers, 'workbook.import', { text });
    expect(result).toMatchObject({ ok: true, value: { safetyCopy: { reason: 'voor-import' } } });
    expect(target.handlers['settings.get']().profile.name).toBe('Ayşe Kovačević');
  });

  const emptyTables = { settings: [], guide_notes: [], guide_bookmarks: [], reason_reflections: [] };
  const base = {
    format: 'werkboek-overheidsparticipatie',
    formatVersion: 1,
    schemaVersion: 2,
    exportedAt: 'x',
    appVersion: 'x',
    tables: emptyTables,
  };
  const note = { section_key: 'doen/a', body: 'x', updated_at: 'x' };
  const badFiles: [string, string, RegExp][] = [
    ['not JSON', '{nee', /geen werkboekbestand/],
    ['empty', '', /geen werkboekbestand/],
    ['another JSON file', '{"naam":"boodschappen"}', /geen werkboekbestand/],
    ['an array', '[1,2,3]', /geen werkboekbestand/],
    ['a newer format version', JSON.stringify({ ...base, formatVersion: 2 }), /andere opmaak/],
    ['a newer schema', JSON.stringify({ ...base, schemaVersion: 999 }), /nieuwere versie/],
    ['missing tables', JSON.stringify({ ...base, tables: undefined }), /onvolledig/],
    [
      'an unknown table',
      JSON.stringify({ ...base, tables: { ...emptyTables, wachtwoorden: [] } }),
      /onbekend onderdeel/,
    ],
    [
      'a missing field',
      JSON.stringify({ ...base, tables: { ...emptyTables, guide_notes: [{ section_key: 'a/b', body: 'x' }] } }),
      /niet de juiste velden/,
    ],
    [
      'an extra field',
      JSON.stringify({ ...base, tables: { ...emptyTables, guide_notes: [{ ...note, admin: 1 }] } }),
      /niet de juiste velden|onvolledig/,
    ],
    [
      'a wrong type',
      JSON.stringify({
        ...base,
        tables: {
          ...emptyTables,
          reason_reflections: [{ reason_number: 'drie', recognition: null, turnaround: '', updated_at: 'x' }],
        },
      }),
      /klopt niet/,
    ],
    [
      'a value out of range',
      JSON.stringify({
        ...base,
        tables: {
          ...emptyTables,
          reason_reflections: [{ reason_number: 11, recognition: null, turnaround: '', updated_at: 'x' }],
        },
      }),
      /klopt niet/,
    ],
    ['duplicate ids', JSON.stringify({ ...base, tables: { ...emptyTables, guide_notes: [note, note] } }), /dubbel/],
    [
      'a prototype key',
      `{"format":"werkboek-overheidsparticipatie","formatVersion":1,"schemaVersion":2,"exportedAt":"x","appVersion":"x","tables":{"__proto__":[{"x":1}]}}`,
      /geen werkboekbestand/,
    ],
    ['a table left out', JSON.stringify({ ...base, tables: { settings: [] } }), /onvolledig/],
    [
      'a huge text field',
      JSON.stringify({ ...base, tables: { ...emptyTables, guide_notes: [{ ...note, body: 'x'.repeat(100_001) }] } }),
      /onvolledig/,
    ],
  ];

  it.each(badFiles)(
    'refuses %s with a clear message and leaves the database exactly as it was',
    async (_name, text, message) => {
      const workbook = await seeded();
      const before = snapshot(workbook);
      const result = await dispatch(workbook.handlers, 'workbook.import', { text });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
      expect(snapshot(workbook)).toBe(before);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    },
  );

  it('refuses 50 MB of junk before reading it', async () => {
    const workbook = await seeded();
    const before = snapshot(workbook);
    const result = await dispatch(workbook.handlers, 'workbook.import', { text: 'x'.repeat(50 * 1024 * 1024) });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('te groot') },
    });
    expect(snapshot(workbook)).toBe(before);
  });

  it('never changes the database for arbitrary input (property test)', async () => {
    const workbook = await seeded();
    const before = snapshot(workbook);
    const template = JSON.parse(await exportText(workbook)) as Record<string, unknown>;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((value) => JSON.stringify({ ...template, tables: value }) ?? ''),
          fc
            .dictionary(
              fc.string(),
              fc.array(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.constant(null)))),
            )
            .map((tables) => JSON.stringify({ ...template, tables })),
        ),
        async (text) => {
          const result = await dispatch(workbook.handlers, 'workbook.import', { text });
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('invalid-input');
          expect(snapshot(workbook)).toBe(before);
        },
      ),
      { numRuns: 150 },
    );
  });
});
