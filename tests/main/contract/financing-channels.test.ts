import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/services/dispatch';
import { answersWith, weightsWith } from '../../helpers/financing';
import { createTempDirs } from '../../helpers/temp-dir';
import { openTestWorkbook } from '../../helpers/workbook';

const tempDir = createTempDirs();

describe('financing channels refuse bad input with clear Dutch messages', () => {
  it.each([
    ['an unknown form', { id: 1, patch: { chosenFormId: 'spaarpot' } }, 'Onbekende financieringsvorm'],
    ['a weight above 3', { id: 1, patch: { weights: { risico: 4 } } }, 'maximaal 3 (weegt zwaar)'],
    ['a negative weight', { id: 1, patch: { weights: { timing: -1 } } }, 'minimaal 0 (telt niet mee)'],
    ['a weight that is not whole', { id: 1, patch: { weights: { timing: 1.5 } } }, 'heel getal van 0 tot en met 3'],
    ['a weight that is text', { id: 1, patch: { weights: { timing: 'veel' } } }, 'heel getal van 0 tot en met 3'],
    [
      'an answer of another consideration',
      { id: 1, patch: { answers: { risico: 'zelf' } } },
      'Onbekend antwoord bij risico',
    ],
    ['an unknown consideration', { id: 1, patch: { answers: { geluk: 'veel' } } }, 'Onbekende afweging'],
    ['an unknown need', { id: 1, patch: { needs: ['koffie'] } }, 'Onbekende behoefte'],
    ['a need twice', { id: 1, patch: { needs: ['geld', 'geld'] } }, 'maar één keer'],
    ['a negative amount', { id: 1, patch: { amountEuros: -5 } }, 'niet negatief'],
    ['an amount with cents', { id: 1, patch: { amountEuros: 10.5 } }, 'zonder centen'],
    ['a name that is too long', { id: 1, patch: { name: 'x'.repeat(201) } }, 'maximaal 200 tekens'],
    ['an empty name', { id: 1, patch: { name: '  ' } }, 'Geef het initiatief een naam'],
    ['an unknown purpose', { id: 1, patch: { purposes: ['vakantie'] } }, 'Onbekend doel'],
    ['a purpose twice', { id: 1, patch: { purposes: ['taak', 'taak'] } }, 'maar één keer'],
    ['an unknown field', { id: 1, patch: { kleur: 'rood' } }, 'Ongeldige invoer'],
    ['an id that is not a number', { id: 'een', patch: {} }, 'Onbekend initiatief'],
  ])('financing.update refuses %s', async (_name, input, message) => {
    const workbook = openTestWorkbook(tempDir());
    const result = await dispatch(workbook.handlers, 'financing.update', input);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining(message) },
    });
    workbook.close();
  });

  it('financing.advise refuses incomplete weights and unknown answers', async () => {
    const workbook = openTestWorkbook(tempDir());
    const missing = await dispatch(workbook.handlers, 'financing.advise', {
      answers: answersWith({}),
      weights: { risico: 2 },
      purposes: [],
      amountEuros: null,
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const unknown = await dispatch(workbook.handlers, 'financing.advise', {
      answers: { ...answersWith({}), symboolwerking: 'luid' },
      weights: weightsWith(),
      purposes: [],
      amountEuros: null,
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Onbekend antwoord bij symboolwerking') },
    });
    workbook.close();
  });

  it('financing.create refuses an initiative without a name, so no empty records are made', async () => {
    const workbook = openTestWorkbook(tempDir());
    expect(await dispatch(workbook.handlers, 'financing.create', { name: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('Geef het initiatief een naam') },
    });
    workbook.close();
  });

  it('financing.exportPdf asks which pdf', async () => {
    const workbook = openTestWorkbook(tempDir());
    expect(await dispatch(workbook.handlers, 'financing.exportPdf', { id: 1, audience: 'pers' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Kies welke pdf') },
    });
    workbook.close();
  });

  it('financing.get and financing.delete say so in Dutch when the initiative does not exist', async () => {
    const workbook = openTestWorkbook(tempDir());
    for (const channel of ['financing.get', 'financing.delete', 'financing.duplicate'])
      expect(await dispatch(workbook.handlers, channel, { id: 42 })).toMatchObject({
        ok: false,
        error: { code: 'not-found', message: expect.stringContaining('bestaat niet (meer)') },
      });
    workbook.close();
  });
});
