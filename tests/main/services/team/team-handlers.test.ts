import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/services/dispatch';
import type { Workbook } from '../../../../main/services/workbook';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';
import {
  callOk,
  constantVector,
  createRound,
  incoming,
  shareText,
  statementIds,
  teamRowCounts,
} from './team-test-helpers';

const tempDir = createTempDirs();

async function completeRun(workbook: Workbook, value: number): Promise<number> {
  const run = await callOk<{ id: number }>(workbook, 'selfAnalysis.start', { scope: 'all' });
  for (const statementId of statementIds) {
    await callOk(workbook, 'selfAnalysis.answer', { runId: run.id, statementId, value });
  }
  return run.id;
}

describe('sharing (member side)', () => {
  it('the preview is exactly the file: round code, random id, month, 27 answers and nothing else', async () => {
    const member = openTestWorkbook(tempDir());
    try {
      await callOk(member, 'settings.set', { profile: { name: 'Anna de Vries', organisation: 'Gemeente Zeist' } });
      const runId = await completeRun(member, 3);
      await callOk(member, 'selfAnalysis.reflect', { runId, themeId: 'doen', questionId: 'al', text: 'Geheim' });
      const preview = await callOk<{ content: string; month: string; sharedBefore: boolean }>(
        member,
        'team.sharePreview',
        { runId, roundCode: ' wijkzaken-2027-vj ' },
      );
      const file = JSON.parse(preview.content) as Record<string, unknown>;
      expect(Object.keys(file)).toEqual(['format', 'version', 'roundCode', 'respondentId', 'month', 'answers']);
      expect(file.roundCode).toBe('WIJKZAKEN-2027-VJ');
      expect(file.month).toMatch(/^\d{4}-\d{2}$/);
      expect(Object.keys(file.answers as object)).toEqual(statementIds);
      expect(preview.content).not.toMatch(/Anna|Zeist|Geheim|T\d\d:/);
      expect(preview.sharedBefore).toBe(false);

      const delivery = await callOk<{ path: string }>(member, 'team.share', { runId, roundCode: 'WIJKZAKEN-2027-VJ' });
      expect(readFileSync(delivery.path, 'utf8')).toBe(preview.content);
      expect(delivery.path).toMatch(/Teamspiegel WIJKZAKEN-2027-VJ\.teamspiegel$/);
      const again = await callOk<{ sharedBefore: boolean }>(member, 'team.sharePreview', {
        runId,
        roundCode: 'WIJKZAKEN-2027-VJ',
      });
      expect(again.sharedBefore).toBe(true);
    } finally {
      member.close();
    }
  });

  it('refuses an incomplete run', async () => {
    const member = openTestWorkbook(tempDir());
    try {
      const run = await callOk<{ id: number }>(member, 'selfAnalysis.start', { scope: 'all' });
      const result = await dispatch(member.handlers, 'team.sharePreview', { runId: run.id, roundCode: 'TEAM-2027' });
      expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('complete zelfanalyse') } });
    } finally {
      member.close();
    }
  });

  it('sharing again replaces the earlier answers in the round instead of counting twice', async () => {
    const member = openTestWorkbook(tempDir());
    const coordinator = openTestWorkbook(tempDir());
    try {
      const runId = await completeRun(member, 2);
      const first = await callOk<{ path: string }>(member, 'team.share', { runId, roundCode: 'TEAM-2027' });
      const firstText = readFileSync(first.path, 'utf8');
      await callOk(member, 'selfAnalysis.answer', { runId, statementId: 'doen-1', value: 4 });
      const second = await callOk<{ path: string }>(member, 'team.share', { runId, roundCode: 'TEAM-2027' });
      const secondText = readFileSync(second.path, 'utf8');

      const roundId = await createRound(coordinator);
      await callOk(coordinator, 'team.rounds.addFiles', { roundId, files: [incoming('eerste', firstText)] });
      const result = await callOk<{ round: { responseCount: number }; files: { outcome: string }[] }>(
        coordinator,
        'team.rounds.addFiles',
        { roundId, files: [incoming('tweede', secondText)] },
      );
      expect(result.files[0]?.outcome).toBe('replaced');
      expect(result.round.responseCount).toBe(1);
      const value = coordinator.database
        .prepare("SELECT value FROM team_response_answers WHERE statement_id = 'doen-1'")
        .pluck()
        .get();
      expect(value).toBe(4);
    } finally {
      member.close();
      coordinator.close();
    }
  });
});

describe('the minimum group size, enforced in main', () => {
  it('is never below 3 and 5 when the renderer proposes it', async () => {
    const workbook = openTestWorkbook(tempDir());
    try {
      for (const minimumGroupSize of [2, 0, -1, 3.5]) {
        const result = await dispatch(workbook.handlers, 'team.rounds.create', {
          name: 'Te klein',
          code: 'KLEIN',
          minimumGroupSize,
        });
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      }
      expect(() =>
        workbook.database
          .prepare("INSERT INTO team_rounds (name, code, minimum_group_size, created_at) VALUES ('x', 'XYZ', 2, 'n')")
          .run(),
      ).toThrow(/CHECK/);
    } finally {
      workbook.close();
    }
  });

  it('below it only "nog N nodig" leaves main, the PDF and the comparison are refused; from it the mirror', async () => {
    const workbook = openTestWorkbook(tempDir());
    try {
      const roundId = await createRound(workbook, 5);
      const files = [1, 2, 3].map((value) => incoming(`lid ${value}`, shareText(constantVector(value))));
      await callOk(workbook, 'team.rounds.addFiles', { roundId, files });
      const waiting = await callOk<Record<string, unknown>>(workbook, 'team.rounds.mirror', { roundId });
      expect(Object.keys(waiting).sort()).toEqual(['kind', 'needed', 'round']);
      expect(waiting).toMatchObject({ kind: 'waiting', needed: 2 });
      const pdf = await dispatch(workbook.handlers, 'team.rounds.exportPdf', { roundId });
      expect(pdf).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('nog 2') } });
      const other = await createRound(workbook, 3, 'ANDER-2027');
      const compare = await dispatch(workbook.handlers, 'team.rounds.compare', { roundId, otherRoundId: other });
      expect(compare.ok).toBe(false);

      const more = [4, 4].map((value, index) => incoming(`lid ${index + 4}`, shareText(constantVector(value))));
      await callOk(workbook, 'team.rounds.addFiles', { roundId, files: more });
      const mirror = await callOk<{ kind: string; themes: { spread: { median: number } | null }[] }>(
        workbook,
        'team.rounds.mirror',
        { roundId },
      );
      expect(mirror.kind).toBe('mirror');
      expect(mirror.themes.map((theme) => theme.spread?.median)).toEqual([3, 3, 3, 3, 3]);
    } finally {
      workbook.close();
    }
  });
});

describe('bad share files', () => {
  const good = shareText(constantVector(3), { respondentId: randomUUID() });
  const edit = (change: (file: Record<string, unknown>) => void) => {
    const file = JSON.parse(good) as Record<string, unknown>;
    change(file);
    return JSON.stringify(file);
  };
  const answers = (file: Record<string, unknown>) => file.answers as Record<string, unknown>;
  const tenMegabytes = randomBytes(10 * 1024 * 1024).toString('latin1');

  const badFiles: [string, { name: string; size: number; text: string }, RegExp][] = [
    [
      'the wrong round code',
      incoming('a', shareText(constantVector(3), { roundCode: 'ANDERE-RONDE' })),
      /hoort bij ronde ANDERE-RONDE, niet bij TEAM-2027/,
    ],
    [
      'another version',
      incoming(
        'b',
        edit((f) => {
          f.version = 2;
        }),
      ),
      /andere versie \(2\)/,
    ],
    [
      'an answer of 5',
      incoming(
        'c',
        edit((f) => {
          answers(f)['doen-1'] = 5;
        }),
      ),
      /schaal van 1 tot en met 4/,
    ],
    [
      'an answer of 0',
      incoming(
        'd',
        edit((f) => {
          answers(f)['geld-2'] = 0;
        }),
      ),
      /schaal van 1 tot en met 4/,
    ],
    [
      'an answer of 2.5',
      incoming(
        'e',
        edit((f) => {
          answers(f)['geld-2'] = 2.5;
        }),
      ),
      /schaal van 1 tot en met 4/,
    ],
    [
      'an answer as text',
      incoming(
        'f',
        edit((f) => {
          answers(f)['geld-2'] = '3';
        }),
      ),
      /schaal van 1 tot en met 4/,
    ],
    [
      'a statement left out',
      incoming(
        'g',
        edit((f) => {
          delete answers(f)['doen-1'];
        }),
      ),
      /beschadigd of aangepast/,
    ],
    [
      'an unknown statement',
      incoming(
        'h',
        edit((f) => {
          answers(f)['doen-9'] = 3;
        }),
      ),
      /beschadigd of aangepast/,
    ],
    [
      'an extra field with a name',
      incoming(
        'i',
        edit((f) => {
          f.name = 'Anna';
        }),
      ),
      /beschadigd of aangepast/,
    ],
    [
      'an exact date instead of a month',
      incoming(
        'j',
        edit((f) => {
          f.month = '2027-03-14';
        }),
      ),
      /beschadigd of aangepast/,
    ],
    ['no answers at all', incoming('k', shareText(constantVector(null))), /geen antwoorden/],
    [
      '10 MB of random bytes',
      { name: 'l', size: tenMegabytes.length, text: tenMegabytes.slice(0, 16_385) },
      /te groot/,
    ],
    ['broken JSON', incoming('m', good.slice(0, -20)), /geen teamspiegelbestand/],
    [
      'a __proto__ key',
      incoming('n', good.replace('"answers": {', '"answers": {"__proto__": {"x": 1}, ')),
      /geen teamspiegelbestand/,
    ],
    [
      'a constructor key',
      incoming('o', good.replace('{', '{"constructor": {"prototype": 1}, ')),
      /geen teamspiegelbestand/,
    ],
    [
      'a workbook export',
      incoming('p', '{"format":"werkboek-overheidsparticipatie","tables":{}}'),
      /geen teamspiegelbestand/,
    ],
    ['an empty file', incoming('q', ''), /geen teamspiegelbestand/],
  ];

  it.each(badFiles)('refuses %s with its own Dutch message, and stores nothing of it', async (_name, file, message) => {
    const workbook = openTestWorkbook(tempDir());
    try {
      const roundId = await createRound(workbook);
      const result = await callOk<{ files: { outcome: string; message: string }[]; round: { responseCount: number } }>(
        workbook,
        'team.rounds.addFiles',
        { roundId, files: [file] },
      );
      expect(result.files[0]?.outcome).toBe('refused');
      expect(result.files[0]?.message).toMatch(message);
      expect(result.files[0]?.message).toContain('niet');
      expect(teamRowCounts(workbook)).toEqual({ responses: 0, answers: 0 });
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    } finally {
      workbook.close();
    }
  });

  it('judges each file of a choice on its own: good ones are added, a duplicate counts once', async () => {
    const workbook = openTestWorkbook(tempDir());
    try {
      const roundId = await createRound(workbook);
      const other = shareText(constantVector(2));
      const result = await callOk<{ files: { outcome: string; message: string }[] }>(workbook, 'team.rounds.addFiles', {
        roundId,
        files: [incoming('goed', good), incoming('kapot', '{'), incoming('kopie', good), incoming('ander', other)],
      });
      expect(result.files.map((file) => file.outcome)).toEqual(['added', 'refused', 'refused', 'added']);
      expect(result.files[2]?.message).toMatch(/dezelfde deelnemer als “goed”/);
      expect(teamRowCounts(workbook)).toEqual({ responses: 2, answers: 54 });
    } finally {
      workbook.close();
    }
  });

  it('an older file of a member never overwrites a newer one', async () => {
    const workbook = openTestWorkbook(tempDir());
    try {
      const roundId = await createRound(workbook);
      const respondentId = randomUUID();
      await callOk(workbook, 'team.rounds.addFiles', {
        roundId,
        files: [incoming('nieuw', shareText(constantVector(4), { respondentId, month: '2027-04' }))],
      });
      const result = await callOk<{ files: { outcome: string; message: string }[] }>(workbook, 'team.rounds.addFiles', {
        roundId,
        files: [incoming('oud', shareText(constantVector(1), { respondentId, month: '2027-02' }))],
      });
      expect(result.files[0]).toMatchObject({ outcome: 'refused', message: expect.stringContaining('nieuwere') });
      expect(workbook.database.prepare('SELECT DISTINCT value FROM team_response_answers').pluck().all()).toEqual([4]);
    } finally {
      workbook.close();
    }
  });
});

describe('two rounds of the same team', () => {
  it('compares the median per theme from the older round to the newer one', async () => {
    const workbook = openTestWorkbook(tempDir());
    try {
      const spring = await createRound(workbook, 3, 'VOORJAAR-2027');
      const autumn = await createRound(workbook, 3, 'NAJAAR-2027');
      const add = (roundId: number, code: string, values: number[]) =>
        callOk(workbook, 'team.rounds.addFiles', {
          roundId,
          files: values.map((value, index) =>
            incoming(`${index}`, shareText(constantVector(value), { roundCode: code })),
          ),
        });
      await add(spring, 'VOORJAAR-2027', [1, 2, 2]);
      await add(autumn, 'NAJAAR-2027', [3, 3, 4]);
      // Asked the other way round, the older round still comes first.
      const comparison = await callOk<{
        before: { code: string };
        after: { code: string };
        themes: { before: number; after: number; change: number }[];
      }>(workbook, 'team.rounds.compare', { roundId: autumn, otherRoundId: spring });
      expect([comparison.before.code, comparison.after.code]).toEqual(['VOORJAAR-2027', 'NAJAAR-2027']);
      expect(comparison.themes.map(({ before, after, change }) => [before, after, change])).toEqual(
        Array.from({ length: 5 }, () => [2, 3, 1]),
      );
    } finally {
      workbook.close();
    }
  });
});
