import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/services/dispatch';
import { createPdfWorkerPool } from '../../../../main/services/pdf-jobs/pdf-worker-pool';
import { callOk } from '../../../helpers/call';
import { dutchText, seededRandom } from '../../../helpers/pdf-documents';
import { testPdfWorkerFile } from '../../../helpers/pdf-worker';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook, repoRoot } from '../../../helpers/workbook';

const tempDir = createTempDirs();

/** Lets the event loop turn once (timers, I/O, worker messages), as between two user actions. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('saves while a PDF is made', () => {
  it('answer while the worker builds a huge POP-OP (60 actions of 5 000 characters), before its bytes are back', async () => {
    const events: string[] = [];
    const pdf = createPdfWorkerPool({
      workerFile: testPdfWorkerFile,
      resourcesDir: join(repoRoot, 'resources'),
      onJob: ({ phase }) => events.push(`pdf ${phase}`),
    });
    const workbook = openTestWorkbook(tempDir(), pdf);
    const random = seededRandom(11);
    const plan = await callOk(workbook, 'popOp.create', {});
    for (let index = 0; index < 60; index += 1) {
      const fields = { what: dutchText(random, 5000), withWhom: 'Het team', result: dutchText(random, 5000) };
      await callOk(workbook, 'popOp.actions.add', { planId: plan.id, fields });
    }
    // The worker runs already (as after the shells' preload): this is about the build, not the start.
    await pdf.warm();

    const exported = dispatch(workbook.handlers, 'popOp.export', { planId: plan.id }).then((envelope) => {
      events.push('export done');
      return envelope;
    });
    // The worker says it has begun; a PDF built on this thread would be finished before this line.
    while (!events.includes('pdf started')) await nextTurn();
    for (let save = 0; save < 10; save += 1) {
      const settings = await dispatch(workbook.handlers, 'settings.set', { profile: { name: `Ayşe ${save}` } });
      const edit = await dispatch(workbook.handlers, 'popOp.update', {
        planId: plan.id,
        changes: { nu: `Waar ik nu sta, versie ${save}` },
      });
      expect([settings.ok, edit.ok]).toEqual([true, true]);
    }
    events.push('saves done');

    expect((await exported).ok).toBe(true);
    expect(events).toEqual(['pdf started', 'saves done', 'pdf finished', 'export done']);
    workbook.close();
    await pdf.close();
  });
});
