import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { userTables } from '../../../../main/db/replace-contents';
import { tableRules } from '../../../../main/services/backup/rules/table-rules';
import { dispatch } from '../../../../main/services/dispatch';
import type { Workbook } from '../../../../main/services/workbook';
import { seededWorkbook } from '../../../helpers/seeded-workbook';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();

/** The tables whose rows never leave the machine (the team members' answers). */
const keptOut = Object.keys(tableRules).filter((table) => tableRules[table]?.keptOutOfExport);

/** Every row of every table that travels: "the database exactly as it was". */
function snapshot(workbook: Workbook): string {
  const db = workbook.database;
  return JSON.stringify(
    userTables(db)
      .filter((table) => !keptOut.includes(table))
      .map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]),
  );
}

const rowCount = (workbook: Workbook, table: string) =>
  workbook.database.prepare(`SELECT count(*) FROM "${table}"`).pluck().get();

async function exportText(workbook: Workbook): Promise<string> {
  const result = await dispatch(workbook.handlers, 'workbook.export', undefined);
  if (!result.ok || (result.value as { kind: string }).kind !== 'saved') throw new Error(JSON.stringify(result));
  return readFileSync((result.value as { path: string }).path, 'utf8');
}

describe('export and import of the whole workbook', () => {
  it('round-trips every table that travels exactly, no table left out; the members’ answers stay behind', async () => {
    const source = await seededWorkbook(tempDir());
    const empty = userTables(source.database).filter(
      (table) => source.database.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() === 0,
    );
    expect(empty, 'seededWorkbook() must put a row in every table, including new ones').toEqual([]);
    const text = await exportText(source);
    const target = openTestWorkbook(tempDir());
    const result = await dispatch(target.handlers, 'workbook.import', { text });
    expect(result).toMatchObject({ ok: true, value: { rows: expect.any(Number) } });
    expect(snapshot(target)).toBe(snapshot(source));
    expect(keptOut).toEqual(['team_responses', 'team_response_answers']);
    for (const table of keptOut) expect(rowCount(target, table), table).toBe(0);
  });

  it('replaces what was there, after keeping a safety copy', async () => {
    const source = await seededWorkbook(tempDir());
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
  const note = { section_key: 'doen/a', body: 'x', updated_at: '2026-01-01T00:00:00.000Z' };
  const badFiles: [string, string, RegExp][] = [
    ['not JSON', '{nee', /geen werkboekbestand/],
    ['empty', '', /geen werkboekbestand/],
    ['another JSON file', '{"naam":"boodschappen"}', /geen werkboekbestand/],
    ['an array', '[1,2,3]', /geen werkboekbestand/],
    ['a newer format version', JSON.stringify({ ...base, formatVersion: 3 }), /andere opmaak/],
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
      /geen werkboekbestand|beschadigd/,
    ],
    ['a table left out', JSON.stringify({ ...base, tables: { settings: [] } }), /onvolledig/],
    [
      'a huge text field',
      JSON.stringify({ ...base, tables: { ...emptyTables, guide_notes: [{ ...note, body: 'x'.repeat(100_001) }] } }),
      /regels van het werkboek.*te lang/,
    ],
  ];

  it.each(badFiles)(
    'refuses %s with a clear message and leaves the database exactly as it was',
    async (_name, text, message) => {
      const workbook = await seededWorkbook(tempDir());
      const before = snapshot(workbook);
      const result = await dispatch(workbook.handlers, 'workbook.import', { text });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
      expect(snapshot(workbook)).toBe(before);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    },
  );

  it('refuses 50 MB of junk before reading it', async () => {
    const workbook = await seededWorkbook(tempDir());
    const before = snapshot(workbook);
    const result = await dispatch(workbook.handlers, 'workbook.import', { text: 'x'.repeat(50 * 1024 * 1024) });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('te groot') },
    });
    expect(snapshot(workbook)).toBe(before);
  });

  it('never changes the database for arbitrary input (property test)', async () => {
    const workbook = await seededWorkbook(tempDir());
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
