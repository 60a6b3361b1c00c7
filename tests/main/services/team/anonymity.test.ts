import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workbook } from '../../../../main/services/workbook';
import { openTestWorkbook } from '../../../helpers/workbook';
import { type AnswerVector, callOk, createRound, incoming, shareText, statementIds } from './team-test-helpers';

/** A member's answers: mostly complete (as shared from a complete run), now and then an empty one. */
const vector = fc.array(
  fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.constant(null) }),
  {
    minLength: statementIds.length,
    maxLength: statementIds.length,
  },
);
/** A group exactly at its minimum size (3–7 members). */
const group = fc.integer({ min: 3, max: 7 }).chain((size) => fc.array(vector, { minLength: size, maxLength: size }));

/** Every number in a text, in order (statement numbers and ids included). */
const numbersIn = (text: string) => [...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((match) => match[0]);

/**
 * True when the member's answers appear in `text` in a way that lets a reader pick them out:
 * the vector as JSON, or its answered values as one uninterrupted run of numbers.
 */
function containsVector(text: string, answers: AnswerVector): boolean {
  if (text.includes(JSON.stringify(answers))) return true;
  const values = answers.filter((value) => value !== null).map(String);
  const numbers = numbersIn(text);
  for (let start = 0; start + values.length <= numbers.length; start += 1) {
    if (values.every((value, offset) => numbers[start + offset] === value)) return true;
  }
  return false;
}

// One workbook for the whole file (a round per example), in a folder of its own: the per-test
// temporary folders are removed after each test, and this one must outlive them.
let workbook: Workbook;
let dataDir: string;
let codeCounter = 0;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'werkboek-anoniem-'));
  workbook = openTestWorkbook(dataDir);
});
afterAll(() => {
  workbook.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function roundWith(members: readonly AnswerVector[], ids = members.map(() => randomUUID())) {
  codeCounter += 1;
  const code = `ANONIEM-${codeCounter}`;
  const roundId = await createRound(workbook, members.length, code);
  const files = members.map((answers, index) =>
    incoming(`lid ${index}`, shareText(answers, { roundCode: code, respondentId: ids[index] })),
  );
  await callOk(workbook, 'team.rounds.addFiles', { roundId, files });
  return { roundId, ids };
}

/** The mirror without what differs between two rounds (id, name, code, date). */
async function mirrorFigures(roundId: number) {
  const mirror = await callOk<Record<string, unknown>>(workbook, 'team.rounds.mirror', { roundId });
  const { round: _round, ...figures } = mirror;
  return figures;
}

describe('no output shows one member’s answers when the group is at its minimum size (property)', () => {
  it('screen data: no member’s answers or id, and the same figures whoever had which id or file order', async () => {
    await fc.assert(
      fc.asyncProperty(group, async (members) => {
        const { roundId, ids } = await roundWith(members);
        const mirror = await callOk<{ kind: string }>(workbook, 'team.rounds.mirror', { roundId });
        expect(mirror.kind).toBe('mirror');
        const text = JSON.stringify(mirror);
        for (const [index, answers] of members.entries()) {
          expect(containsVector(text, answers), `member ${index}`).toBe(false);
          expect(text).not.toContain(ids[index]);
        }
        // The figures depend on the group's answers only, not on who is who or in which order files came.
        const shuffled = await roundWith([...members].reverse());
        expect(await mirrorFigures(shuffled.roundId)).toEqual(await mirrorFigures(roundId));
      }),
      { numRuns: 40 },
    );
  });

  it('PDF text: no member’s answers or id', async () => {
    await fc.assert(
      fc.asyncProperty(group, async (members) => {
        const { roundId, ids } = await roundWith(members);
        const delivery = await callOk<{ path: string }>(workbook, 'team.rounds.exportPdf', { roundId });
        const text = execFileSync('pdftotext', [delivery.path, '-'], { encoding: 'utf8' });
        expect(text).toContain('Gespreksstarters');
        for (const [index, answers] of members.entries()) {
          expect(containsVector(text, answers), `member ${index}`).toBe(false);
          expect(text).not.toContain(ids[index]);
        }
      }),
      { numRuns: 8 },
    );
  });

  it('workbook export: no member’s answers or id, while the rounds themselves travel', async () => {
    await fc.assert(
      fc.asyncProperty(group, async (members) => {
        const { ids } = await roundWith(members);
        const delivery = await callOk<{ path: string }>(workbook, 'workbook.export', undefined);
        const text = readFileSync(delivery.path, 'utf8');
        expect(text).toContain(`ANONIEM-${codeCounter}`);
        for (const [index, answers] of members.entries()) {
          expect(containsVector(text, answers), `member ${index}`).toBe(false);
          expect(text).not.toContain(ids[index]);
        }
      }),
      { numRuns: 8 },
    );
  });

  it('the check itself finds a vector printed as a run of numbers or as JSON', () => {
    const answers: AnswerVector = statementIds.map((_, index) => (index % 4) + 1);
    expect(containsVector(`Antwoorden: ${answers.join(' ')}`, answers)).toBe(true);
    expect(containsVector(`x ${JSON.stringify(answers)} y`, answers)).toBe(true);
    expect(containsVector(answers.slice(1).join(' '), answers)).toBe(false);
  });
});
