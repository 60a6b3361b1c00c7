import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../main/contract/envelope';
import { dispatch } from '../../../../main/services/dispatch';
import { errorOf, failureOf } from '../../../../main/services/pdf-jobs/pdf-job';
import { isPdfKind, pdfBuilders } from '../../../../main/services/pdf-jobs/pdf-kinds';
import { createPdfWorkerPool } from '../../../../main/services/pdf-jobs/pdf-worker-pool';
import { callOk } from '../../../helpers/call';
import { writePdf } from '../../../helpers/pdf-checks';
import { testPdfWorkerFile } from '../../../helpers/pdf-worker';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook, repoRoot } from '../../../helpers/workbook';

const tempDir = createTempDirs();
const resourcesDir = join(repoRoot, 'resources');
const printedOn = new Date('2026-12-02T09:00:00Z');
const text = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });

async function planData() {
  const workbook = openTestWorkbook(tempDir());
  const plan = await callOk(workbook, 'popOp.create', {});
  await callOk(workbook, 'popOp.update', { planId: plan.id, changes: { nu: 'Initiatiefnemers en Wijkcoördinatoren' } });
  const data = {
    plan: await callOk(workbook, 'popOp.get', { planId: plan.id }),
    template: await callOk(workbook, 'popOp.template', undefined),
  };
  workbook.close();
  return data;
}

describe('the PDF worker pool', () => {
  it('makes the same PDF in the worker as the builder makes on this thread', async () => {
    const pool = createPdfWorkerPool({ workerFile: testPdfWorkerFile, resourcesDir });
    const data = await planData();
    const dir = tempDir();
    const inWorker = await pool.render('popOp', data, { printedOn });
    const here = await pdfBuilders.popOp(data, { printedOn, resourcesDir });
    expect(inWorker.subarray(0, 5).toString()).toBe('%PDF-');
    expect(text(writePdf(dir, inWorker, 'worker.pdf'))).toBe(text(writePdf(dir, here, 'here.pdf')));
    await pool.close();
  });

  it('answers a failure in a builder as an error and lives on', async () => {
    const pool = createPdfWorkerPool({ workerFile: testPdfWorkerFile, resourcesDir });
    const failed = await pool.render('team', {} as never).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(Error);
    expect(failed).not.toBeInstanceOf(UserFacingError);
    expect(String((failed as Error).message)).toMatch(/^PDF-worker: /);
    expect((await pool.render('popOp', await planData())).subarray(0, 5).toString()).toBe('%PDF-');
    await pool.close();
  });

  it('starts a new worker when the old one dies, failing only the job it held', async () => {
    const crashing = join(tempDir(), 'crashing-worker.cjs');
    writeFileSync(crashing, "throw new Error('kapot');\n");
    const files = [crashing];
    const pool = createPdfWorkerPool({
      workerFile: async () => files.shift() ?? (await testPdfWorkerFile()),
      resourcesDir,
    });
    const data = await planData();
    await expect(pool.render('popOp', data)).rejects.toThrow('kapot');
    expect((await pool.render('popOp', data)).subarray(0, 5).toString()).toBe('%PDF-');
    await pool.close();
  });

  it('gives the handler the same Dutch message as before: internal errors as "Er ging iets mis"', async () => {
    const pool = createPdfWorkerPool({ workerFile: testPdfWorkerFile, resourcesDir: tempDir() });
    const workbook = openTestWorkbook(tempDir(), pool);
    const plan = await callOk(workbook, 'popOp.create', {});
    const reported: unknown[] = [];
    const envelope = await dispatch(workbook.handlers, 'popOp.export', { planId: plan.id }, (_channel, error) =>
      reported.push(error),
    );
    // No fonts in that resources folder: the worker fails, main logs it and answers as for any internal error.
    expect(envelope).toEqual({ ok: false, error: expect.objectContaining({ code: 'internal' }) });
    expect(String(reported[0])).toMatch(/ENOENT/);
    workbook.close();
    await pool.close();
  });
});

describe('failures across the thread boundary', () => {
  it('keep a UserFacingError with its code and Dutch message', () => {
    const error = errorOf(failureOf(new UserFacingError('not-found', 'Dit plan bestaat niet meer.')));
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error).toMatchObject({ code: 'not-found', message: 'Dit plan bestaat niet meer.' });
  });

  it('keep the name, message and stack frames of any other error', () => {
    const error = errorOf(failureOf(new RangeError('te groot')));
    expect(error).not.toBeInstanceOf(UserFacingError);
    expect(error.name).toBe('RangeError');
    expect(error.message).toBe('PDF-worker: te groot');
    expect(error.stack).toMatch(/^RangeError: PDF-worker: te groot\n\s+at /);
  });

  it('know every kind of the builder table, and nothing else', () => {
    expect(Object.keys(pdfBuilders).every(isPdfKind)).toBe(true);
    expect(isPdfKind('toString')).toBe(false);
  });
});
