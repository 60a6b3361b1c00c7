import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../../main/contract/channels';
import { dispatch } from '../../../../main/services/dispatch';
import { callOk } from '../../../helpers/call';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();

function open() {
  const workbook = openTestWorkbook(tempDir());
  const call = (channel: ChannelName, input?: unknown) => dispatch(workbook.handlers, channel, input);
  return { workbook, call };
}

describe('selfAnalysis channels (real SQLite, real guide content)', () => {
  it('rejects answers outside 1–4 or not whole numbers with one clear Dutch message', async () => {
    const { workbook, call } = open();
    const run = await callOk(workbook, 'selfAnalysis.start', { scope: 'all' });
    for (const bad of [0, 5, 2.5, '3', Number.NaN, null, undefined, Number.POSITIVE_INFINITY]) {
      const answer = await call('selfAnalysis.answer', { runId: run.id, statementId: 'doen-1', value: bad });
      expect(answer, String(bad)).toEqual({
        ok: false,
        error: {
          code: 'invalid-input',
          message: 'Ongeldige invoer. value: Kies een antwoord van 1 (Zeer oneens) tot en met 4 (Zeer eens).',
        },
      });
    }
    expect((await callOk(workbook, 'selfAnalysis.get', { runId: run.id })).answers).toEqual({});
    workbook.close();
  });

  it('rejects unknown statement ids in Dutch, both malformed and well-formed but not in the guide', async () => {
    const { workbook, call } = open();
    const run = await callOk(workbook, 'selfAnalysis.start', { scope: 'all' });
    for (const bad of ['onzin', 'doen-0', 'DOEN-1', 'doen-1; DROP TABLE x', 42]) {
      const answer = await call('selfAnalysis.answer', { runId: run.id, statementId: bad, value: 3 });
      expect(answer.ok, String(bad)).toBe(false);
      if (!answer.ok) expect(answer.error.message).toMatch(/^Ongeldige invoer\. statementId: /);
    }
    for (const [statementId, message] of [
      ['doen-9', 'De stelling doen-9 bestaat niet in de gids.'],
      ['gemeenteraad-7', 'De stelling gemeenteraad-7 bestaat niet in de gids.'],
    ]) {
      expect(await call('selfAnalysis.answer', { runId: run.id, statementId, value: 3 })).toEqual({
        ok: false,
        error: { code: 'invalid-input', message },
      });
    }
    expect(
      await call('selfAnalysis.answer', { runId: run.id, statementId: 'doen-1', value: 3, extra: 1 }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    workbook.close();
  });

  it('refuses a statement outside a single-theme run and a run that does not exist', async () => {
    const { workbook, call } = open();
    const run = await callOk(workbook, 'selfAnalysis.start', { scope: 'geld' });
    expect(await call('selfAnalysis.answer', { runId: run.id, statementId: 'doen-1', value: 3 })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Deze stelling hoort niet bij deze zelfanalyse.' },
    });
    expect(await call('selfAnalysis.answer', { runId: 999, statementId: 'doen-1', value: 3 })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'Deze zelfanalyse bestaat niet (meer). Misschien is hij verwijderd.' },
    });
    workbook.close();
  });

  it('keeps every answer at once and scores through the contract, incomplete never as zero', async () => {
    const dir = tempDir();
    let workbook = openTestWorkbook(dir);
    const run = await callOk(workbook, 'selfAnalysis.start', { scope: 'all' });
    for (const [statementId, answer] of [
      ['doen-1', 3],
      ['doen-2', 4],
      ['doen-3', 2],
      ['doel-1', 1],
    ] as const) {
      await callOk(workbook, 'selfAnalysis.answer', { runId: run.id, statementId, value: answer });
    }
    // Changing your mind overwrites the answer.
    const summary = await callOk(workbook, 'selfAnalysis.answer', { runId: run.id, statementId: 'doen-3', value: 3 });
    expect(summary.complete).toBe(false);
    expect(summary.answeredCount).toBe(4);
    expect(summary.themes.map((t) => [t.themeId, t.sum, t.average, t.complete])).toEqual([
      ['doen', 10, 10 / 3, false],
      ['doel', 1, 1, false],
      ['gemeenteraad', 0, null, false],
      ['geld', 0, null, false],
      ['organisatieverandering', 0, null, false],
    ]);
    workbook.close();

    workbook = openTestWorkbook(dir);
    const detail = await callOk(workbook, 'selfAnalysis.get', { runId: run.id });
    expect(detail.answers).toEqual({ 'doen-1': 3, 'doen-2': 4, 'doen-3': 3, 'doel-1': 1 });
    expect(await callOk(workbook, 'selfAnalysis.latestProfile')).toBeNull();
    workbook.close();
  });

  it('stores reflections, renames and deletes a run with everything in it', async () => {
    const { workbook, call } = open();
    const run = await callOk(workbook, 'selfAnalysis.start', { scope: 'doen' });
    await call('selfAnalysis.reflect', {
      runId: run.id,
      themeId: 'doen',
      questionId: 'al',
      text: 'Ik ga naar buiten.',
    });
    await call('selfAnalysis.reflect', {
      runId: run.id,
      themeId: 'doen',
      questionId: 'beter',
      text: 'Vaker luisteren.',
    });
    await call('selfAnalysis.reflect', {
      runId: run.id,
      themeId: 'doen',
      questionId: 'beter',
      text: 'Nog vaker luisteren.',
    });
    expect(
      await call('selfAnalysis.reflect', { runId: run.id, themeId: 'geld', questionId: 'al', text: 'x' }),
    ).toMatchObject({ ok: false, error: { message: 'Dit thema hoort niet bij deze zelfanalyse.' } });
    expect(
      await call('selfAnalysis.reflect', {
        runId: run.id,
        themeId: 'doen',
        questionId: 'al',
        text: 'x'.repeat(20_001),
      }),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('maximaal 20.000 tekens') } });
    const renamed = await callOk(workbook, 'selfAnalysis.rename', { runId: run.id, name: '  Voorjaar  ' });
    expect(renamed.name).toBe('Voorjaar');
    expect(await call('selfAnalysis.rename', { runId: run.id, name: 'x'.repeat(201) })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('maximaal 200 tekens') },
    });
    expect((await callOk(workbook, 'selfAnalysis.list', { offset: 0, limit: 1 }))[0]?.name).toBe('Voorjaar');
    const detail = await callOk(workbook, 'selfAnalysis.get', { runId: run.id });
    expect(detail.reflections).toEqual([
      { themeId: 'doen', questionId: 'al', text: 'Ik ga naar buiten.' },
      { themeId: 'doen', questionId: 'beter', text: 'Nog vaker luisteren.' },
    ]);
    await call('selfAnalysis.answer', { runId: run.id, statementId: 'doen-1', value: 1 });
    await call('selfAnalysis.mark', { runId: run.id, statementId: 'doen-1', wanted: true, suggestion: null });
    expect(await callOk(workbook, 'selfAnalysis.delete', { runId: run.id })).toBeNull();
    expect(await call('selfAnalysis.get', { runId: run.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await callOk(workbook, 'selfAnalysis.list')).toEqual([]);
    expect(await callOk(workbook, 'selfAnalysis.actionCandidates')).toEqual([]);
    for (const table of ['self_analysis_answers', 'self_analysis_reflections', 'self_analysis_action_marks']) {
      expect(countRows(workbook.dataFile, table), table).toBe(0);
    }
    workbook.close();
  });
});

/** Counts rows through a second, read-only connection: it sees only what the workbook committed. */
function countRows(file: string, table: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
}
