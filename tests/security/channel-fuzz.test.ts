import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../main/contract/channels';
import { userTables } from '../../main/db/replace-contents';
import { dispatch } from '../../main/services/dispatch';
import type { Workbook } from '../../main/services/workbook';
import { expectValidOutput } from '../helpers/call';
import { createTempDirs } from '../helpers/temp-dir';
import { openTestWorkbook } from '../helpers/workbook';

const tempDir = createTempDirs();

/** Every row of every table, to prove a refused call wrote nothing. */
function snapshot(workbook: Workbook): string {
  const db = workbook.database;
  return JSON.stringify(
    userTables(db).map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]),
  );
}

const hostileValues: unknown[] = [
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  2 ** 53 + 1,
  -(2 ** 31),
  1e308,
  '',
  'x'.repeat(1_000_000),
  '\u0000\u0007\u001b[31m',
  '<script>alert(1)</script>',
  "'; DROP TABLE settings; --",
  [],
  [1, 2, 3],
  {},
  JSON.parse('{"__proto__":{"polluted":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
  { toString: 'x', valueOf: 1 },
  true,
  () => 1,
  Symbol('x'),
  BigInt(1),
  new Date(),
];

describe('every contract channel under hostile input (answers checked against the output schema)', () => {
  it.each(channelNames)('%s: refuses or answers calmly, never crashes, never writes on refusal', async (channel) => {
    const workbook = openTestWorkbook(tempDir());
    for (const value of hostileValues) {
      const inputs: unknown[] = [
        value,
        { value },
        { key: value, body: value, path: value, query: value, text: value, profile: value },
      ];
      for (const input of inputs) {
        const before = snapshot(workbook);
        const result = await dispatch(workbook.handlers, channel, input);
        expect(['invalid-input', 'not-found', 'too-large', 'data-file', undefined]).toContain(
          result.ok ? undefined : result.error.code,
        );
        if (!result.ok) {
          expect(result.error.message.length).toBeGreaterThan(5);
          expect(snapshot(workbook)).toBe(before);
        } else {
          // What a handler answers reaches the renderer as the contract promises it.
          expectValidOutput(channel, result.value);
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    workbook.close();
  });

  it('survives random structured input on every channel (property test)', async () => {
    const workbook = openTestWorkbook(tempDir());
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channelNames),
        fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true }),
        async (channel, input) => {
          const before = snapshot(workbook);
          const result = await dispatch(workbook.handlers, channel, input);
          if (!result.ok) {
            expect(result.error.code).not.toBe('internal');
            expect(snapshot(workbook)).toBe(before);
          } else {
            expectValidOutput(channel, result.value);
          }
        },
      ),
      { numRuns: 400 },
    );
    workbook.close();
  });
});
