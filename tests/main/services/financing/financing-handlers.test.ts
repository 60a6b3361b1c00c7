import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/services/dispatch';
import { markdownBlocks } from '../../../../main/services/financing/markdown-blocks';
import { callOk, savedPath } from '../../../helpers/call';
import { answersWith, weightsWith } from '../../../helpers/financing';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();

const moestuin = answersWith({
  zeggenschap: 'zelf',
  eigenaarschap: 'helemaal',
  risico: 'beperkt',
  verantwoording: 'terugblik',
  timing: 'eenmalig-snel',
  symboolwerking: 'zichtbaar',
});

describe('financing handlers', () => {
  it('keep initiatives: create, change, list with the top form, duplicate, delete', async () => {
    const workbook = openTestWorkbook(tempDir());
    const created = await callOk(workbook, 'financing.create', {});
    expect(created.name).toBe('');
    const updated = await callOk(workbook, 'financing.update', {
      id: created.id,
      patch: { name: '  Buurtmoestuin  ', answers: moestuin, weights: { risico: 3 } },
    });
    expect(updated.answers).toEqual(moestuin);
    expect(updated.weights).toEqual(weightsWith({ risico: 3 }));
    const copy = await callOk(workbook, 'financing.duplicate', { id: created.id });
    expect(copy.name).toBe('Kopie van Buurtmoestuin');
    const list = await callOk(workbook, 'financing.list');
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ answeredCount: 6, topFormIds: ['crowdfunding'] });
    await callOk(workbook, 'financing.delete', { id: copy.id });
    expect(await callOk(workbook, 'financing.list')).toHaveLength(1);
    workbook.close();
  });

  it('serve the model with the guide’s names and texts beside the model’s questions', async () => {
    const workbook = openTestWorkbook(tempDir());
    const view = await callOk(workbook, 'financing.model');
    expect(view.forms.map((f) => f.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const form of view.forms) {
      expect(form.name.length).toBeGreaterThan(3);
      expect(form.explanation.length).toBeGreaterThan(20);
      expect(form.profile).toHaveLength(7);
    }
    expect(view.considerations.map((c) => c.answers.length)).toEqual([4, 4, 4, 4, 4, 4]);
    expect(view.nonFinancialSupport.length).toBeGreaterThanOrEqual(4);
    workbook.close();
  });

  it('advise with reasons and a sensitivity that names forms by their guide names', async () => {
    const workbook = openTestWorkbook(tempDir());
    const view = await callOk(workbook, 'financing.model');
    const advice = await callOk(workbook, 'financing.advise', {
      answers: moestuin,
      weights: weightsWith({ zeggenschap: 1 }),
    });
    expect(advice.status).toBe('ranked');
    expect(advice.ranking[0]?.formId).toBe('crowdfunding');
    expect(advice.ranking[0]?.headline).toMatch(/^Omhoog door/);
    const zeroStep = advice.sensitivity.steps.find((s) => s.considerationId === 'zeggenschap' && s.to === 0);
    const fund = view.forms.find((f) => f.id === 'initiatievenfonds')?.name ?? '';
    expect(zeroStep?.topChanged).toBe(true);
    expect(zeroStep?.effect).toContain(`Dan staat ${fund} bovenaan`);
    workbook.close();
  });

  it('export an advice note as a tagged PDF holding the name, the ranking, the reasons and the guide’s caution', async () => {
    const dir = tempDir();
    const workbook = openTestWorkbook(dir);
    await dispatch(workbook.handlers, 'settings.set', {
      profile: { name: 'Ayşe Kovačević', organisation: 'Gemeente Zwolle' },
    });
    const view = await callOk(workbook, 'financing.model');
    const created = await callOk(workbook, 'financing.create', { name: 'Buurtmoestuin De Kas' });
    await callOk(workbook, 'financing.update', {
      id: created.id,
      patch: {
        description: 'Bewoners van de Vogelwijk willen een moestuin.',
        amountEuros: 2500,
        needs: ['geld', 'kennis'],
        moneyRole: 'kern',
        answers: moestuin,
        notes: 'Gesprek gepland op 3 december.',
      },
    });
    const path = savedPath(await callOk(workbook, 'financing.exportPdf', { id: created.id }));
    expect(path).toMatch(/Financieringsadvies - Buurtmoestuin De Kas\.pdf$/);

    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Financieringsadvies: Buurtmoestuin De Kas/);
    expect(info).toMatch(/Author:\s+Ayşe Kovačević/);
    expect(info).toMatch(/Tagged:\s+yes/);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const name = (id: string) => view.forms.find((f) => f.id === id)?.name ?? id;
    for (const expected of [
      'Financieringsadvies: Buurtmoestuin De Kas',
      '€ 2.500',
      'Ayşe Kovačević, Gemeente Zwolle',
      'Geld is hier echt de vraag',
      'Waarschuwing uit de gids',
      `Plek 1: ${name('crowdfunding')}`,
      'Omhoog door',
      'Eigenaarschap van de initiatiefnemer: 4 van 4, je zoekt minstens 4: past helemaal.',
      'Hoe stevig is dit advies?',
      'Gesprek gepland op 3 december.',
      'Pagina 1 van',
    ])
      expect(text, expected).toContain(expected);
    // The guide's caution itself, as the content writers phrased it.
    const caution = markdownBlocks(view.caution)[0];
    const firstWords = (caution?.kind === 'paragraph' ? caution.text : (caution?.items[0] ?? ''))
      .split(' ')
      .slice(0, 6);
    expect(text).toContain(firstWords.join(' '));
    for (const form of view.forms) expect(text, form.name).toContain(form.name);
    workbook.close();
  });
});
