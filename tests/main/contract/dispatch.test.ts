import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../main/contract/channels';
import { UserFacingError } from '../../../main/contract/envelope';
import { limits } from '../../../main/contract/limits';
import { dispatch } from '../../../main/services/dispatch';
import { createTempDirs } from '../../helpers/temp-dir';
import { openTestWorkbook } from '../../helpers/workbook';

const tempDir = createTempDirs();

function workbookHandlers(): Handlers {
  return openTestWorkbook(tempDir()).handlers;
}

describe('dispatch', () => {
  it('answers a valid call with ok and the value', async () => {
    const result = await dispatch(workbookHandlers(), 'settings.set', { profile: { name: 'Anna Kovačević' } });
    expect(result).toEqual({
      ok: true,
      value: { profile: { name: 'Anna Kovačević', jobTitle: '', organisation: '', department: '', manager: '' } },
    });
  });

  it.each([
    ['an unknown channel', 'settings.drop'],
    ['a prototype key as channel', '__proto__'],
    ['a prototype method as channel', 'toString'],
    ['a number as channel', 42],
    ['no channel', undefined],
  ])('refuses %s with unknown-channel', async (_name, channel) => {
    const result = await dispatch(workbookHandlers(), channel, undefined);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: expect.stringContaining('bestaat niet') },
    });
  });

  it.each([
    ['a string instead of an object', 'hallo'],
    ['null', null],
    ['a number as name', { profile: { name: 12 } }],
    ['an unknown field', { profile: { name: 'x' }, admin: true }],
    ['an unknown profile field', { profile: { salary: 'x' } }],
    ['a name over the limit', { profile: { name: 'a'.repeat(limits.shortText + 1) } }],
    ['control characters', { profile: { name: 'Anna\u0000Bel' } }],
    ['an array', [1, 2, 3]],
  ])('refuses %s with invalid-input in Dutch and writes nothing', async (_name, input) => {
    const handlers = workbookHandlers();
    const result = await dispatch(handlers, 'settings.set', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toMatch(/^Ongeldige invoer\./);
    expect(await handlers['settings.get'](undefined)).toMatchObject({ profile: { name: '' } });
  });

  it('names the maximum when a text is too long', async () => {
    const result = await dispatch(workbookHandlers(), 'settings.set', { profile: { name: 'a'.repeat(500) } });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('maximaal 200 tekens') } });
  });

  it('does not let __proto__ in the input pollute objects', async () => {
    const hostile = JSON.parse('{"profile":{"__proto__":{"polluted":true},"name":"x"}}');
    await dispatch(workbookHandlers(), 'settings.set', hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('maps a UserFacingError to its code and message, and anything else to a calm internal error', async () => {
    const handlers = workbookHandlers();
    const failing = {
      ...handlers,
      'settings.get': () => {
        throw new UserFacingError('not-found', 'Niet gevonden.');
      },
      health: () => {
        throw new Error('disk on fire');
      },
    } satisfies Handlers;
    const reported: unknown[] = [];
    expect(await dispatch(failing, 'settings.get', undefined)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Niet gevonden.' },
    });
    const internal = await dispatch(failing, 'health', undefined, (_channel, error) => reported.push(error));
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('disk on fire');
    expect(reported).toHaveLength(1);
  });

  it('refuses input on channels that take none', async () => {
    const result = await dispatch(workbookHandlers(), 'health', { sneaky: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('dispatch with a busy data file', () => {
  it('answers "busy" (try again) when another process holds the write lock, and the write lands once it lets go', async () => {
    const dir = tempDir();
    const workbook = openTestWorkbook(dir);
    workbook.database.pragma('busy_timeout = 0');
    const other = new BetterSqlite3(workbook.dataFile);
    other.exec('BEGIN EXCLUSIVE');
    const refused = await dispatch(workbook.handlers, 'settings.set', { profile: { name: 'Anna' } });
    expect(refused).toEqual({ ok: false, error: { code: 'busy', message: expect.stringContaining('opnieuw') } });
    other.exec('COMMIT');
    other.close();
    const saved = await dispatch(workbook.handlers, 'settings.set', { profile: { name: 'Anna' } });
    expect(saved.ok).toBe(true);
    workbook.close();
  });
});
