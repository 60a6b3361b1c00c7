import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { profileAppendixHeading } from '../../../../main/services/pop-op/profile-appendix';
import type { Workbook } from '../../../../main/services/workbook';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';
import { callFails, callOk } from './pop-op-test-helpers';

const tempDir = createTempDirs();

/** Answers per theme in the guide's order; the averages below follow from them. */
const answers = {
  doen: [3, 3, 4, 2, 3],
  doel: [2, 2, 2, 2, 2],
  gemeenteraad: [1, 2, 2, 1, 3, 2],
  geld: [4, 4, 4, 4, 3],
  organisatieverandering: [2, 3, 3, 2, 3, 2],
};
const expected = [
  ['Doen', '3,0'],
  ['Doel', '2,0'],
  ['Gemeenteraad', '1,8'],
  ['Geld', '3,8'],
  ['Organisatieverandering', '2,5'],
] as const;

async function completeRun(workbook: Workbook): Promise<number> {
  const run = await callOk(workbook, 'selfAnalysis.start', { scope: 'all' });
  for (const [themeId, values] of Object.entries(answers)) {
    for (const [index, value] of values.entries()) {
      await callOk(workbook, 'selfAnalysis.answer', { runId: run.id, statementId: `${themeId}-${index + 1}`, value });
    }
  }
  return run.id;
}

/** The PDF's text per page, white space folded. */
async function exportedPages(workbook: Workbook, input: unknown): Promise<string[]> {
  const delivery = await callOk(workbook, 'popOp.export', input);
  if (delivery.kind !== 'saved') throw new Error(`expected a saved file, got ${delivery.kind}`);
  const text = execFileSync('pdftotext', [delivery.path, '-'], { encoding: 'utf8' });
  return text.split('\f').map((page) => page.replace(/\s+/g, ' ').trim());
}

describe('POP-OP PDF with the self-analysis profile as appendix', () => {
  it('adds the latest complete profile on its own last page: heading, date, the five themes, averages and readings', async () => {
    const workbook = openTestWorkbook(tempDir());
    const runId = await completeRun(workbook);
    // A named run takes one row more: the whole appendix must still fit on its one page.
    await callOk(workbook, 'selfAnalysis.rename', { runId, name: 'Voor mijn jaargesprek' });
    const plan = await callOk(workbook, 'popOp.create', {});
    await callOk(workbook, 'popOp.update', { planId: plan.id, changes: { title: 'POP-OP 2027' } });

    const pages = (await exportedPages(workbook, { planId: plan.id, includeProfile: true })).filter(Boolean);
    const appendix = pages.at(-1) ?? '';
    expect(appendix).toContain(profileAppendixHeading);
    expect(pages.slice(0, -1).join(' ')).not.toContain(profileAppendixHeading);
    const today = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(),
    );
    expect(appendix).toContain(`Ingevuld op ${today}`);
    expect(appendix).toContain('Zelfanalyse Voor mijn jaargesprek');
    for (const [title, average] of expected) {
      expect(appendix).toContain(title);
      expect(appendix).toContain(`Gemiddeld ${average} op de schaal van 1 tot 4`);
    }
    expect(appendix).toContain('Hoe hoger je score, hoe meer je werkt als participerende ambtenaar');
    workbook.close();
  });

  it('leaves the appendix out when not asked for, also by default', async () => {
    const workbook = openTestWorkbook(tempDir());
    await completeRun(workbook);
    const plan = await callOk(workbook, 'popOp.create', {});
    for (const input of [{ planId: plan.id, includeProfile: false }, { planId: plan.id }]) {
      const text = (await exportedPages(workbook, input)).join(' ');
      expect(text).toContain('Ondertekening');
      expect(text).not.toContain(profileAppendixHeading);
      expect(text).not.toContain('Gemiddeld 3,0 op de schaal');
    }
    workbook.close();
  });

  it('refuses the appendix while no self-analysis has all five themes complete', async () => {
    const workbook = openTestWorkbook(tempDir());
    const run = await callOk(workbook, 'selfAnalysis.start', { scope: 'all' });
    await callOk(workbook, 'selfAnalysis.answer', { runId: run.id, statementId: 'doen-1', value: 3 });
    const plan = await callOk(workbook, 'popOp.create', {});
    const error = await callFails(workbook, 'popOp.export', { planId: plan.id, includeProfile: true });
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('nog geen complete zelfanalyse');
    expect((await callFails(workbook, 'popOp.export', { planId: plan.id, includeProfile: 'ja' })).code).toBe(
      'invalid-input',
    );
    workbook.close();
  });
});
