import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/services/dispatch';
import { markdownBlocks } from '../../../../main/services/financing/markdown-blocks';
import { callOk, savedPath } from '../../../helpers/call';
import { answersWith, weightsWith } from '../../../helpers/financing';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();

function pdfText(path: string): string {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The community garden of issue 13's golden case. */
const moestuin = answersWith({
  zeggenschap: 'afspraken',
  eigenaarschap: 'grotendeels',
  risico: 'beperkt',
  verantwoording: 'terugblik',
  timing: 'structureel',
  symboolwerking: 'bescheiden',
});
const wijkbudget = {
  name: 'Wijkbudget Linde-Noord',
  formId: 'bewonersbudget',
  maxAmountEuros: 10_000,
  conditions: 'Minstens vijf buurtbewoners steunen het plan.',
  contact: 'wijkteam@gemeente.nl',
};

async function moestuinWorkbook() {
  const dir = tempDir();
  const workbook = openTestWorkbook(dir);
  await dispatch(workbook.handlers, 'settings.set', {
    profile: { name: 'Ayşe Kovačević', organisation: 'Gemeente Zwolle' },
  });
  const created = await callOk(workbook, 'financing.create', { name: 'Buurtmoestuin De Linde' });
  await callOk(workbook, 'financing.update', {
    id: created.id,
    patch: {
      description: 'Bewoners van de Lindewijk willen een moestuin.',
      amountEuros: 15_000,
      needs: ['geld', 'kennis'],
      moneyRole: 'helpt',
      purposes: ['eenmalig', 'terugkerend'],
      answers: moestuin,
      notes: 'Gesprek gepland op 3 december.',
    },
  });
  await callOk(workbook, 'financing.schemes.create', wijkbudget);
  return { workbook, id: created.id };
}

describe('financing handlers', () => {
  it('keep initiatives: create only with a name, change, list with the top form, duplicate, delete', async () => {
    const workbook = openTestWorkbook(tempDir());
    for (const name of [undefined, '', '   ']) {
      const refused = await dispatch(workbook.handlers, 'financing.create', name === undefined ? {} : { name });
      expect(refused.ok).toBe(false);
    }
    expect(await callOk(workbook, 'financing.list')).toHaveLength(0);
    const created = await callOk(workbook, 'financing.create', { name: '  Buurtmoestuin  ' });
    expect(created.name).toBe('Buurtmoestuin');
    const updated = await callOk(workbook, 'financing.update', {
      id: created.id,
      patch: { purposes: ['eenmalig', 'terugkerend'], amountEuros: 15_000, answers: moestuin, weights: { risico: 3 } },
    });
    expect(updated.answers).toEqual(moestuin);
    expect(updated.purposes).toEqual(['eenmalig', 'terugkerend']);
    expect(updated.weights).toEqual(weightsWith({ risico: 3 }));
    const copy = await callOk(workbook, 'financing.duplicate', { id: created.id });
    expect(copy).toMatchObject({ name: 'Kopie van Buurtmoestuin', purposes: ['eenmalig', 'terugkerend'] });
    const list = await callOk(workbook, 'financing.list');
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ answeredCount: 6, topFormIds: ['lokaal-fonds'] });
    await callOk(workbook, 'financing.delete', { id: copy.id });
    expect(await callOk(workbook, 'financing.list')).toHaveLength(1);
    workbook.close();
  });

  it('serve the model with the guide’s names, plain taglines and what each form does', async () => {
    const workbook = openTestWorkbook(tempDir());
    const view = await callOk(workbook, 'financing.model');
    expect(view.forms.map((f) => f.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const form of view.forms) {
      expect(form.name.length).toBeGreaterThan(3);
      expect(form.explanation.length).toBeGreaterThan(20);
      expect(form.whatItDoes.length).toBeGreaterThan(20);
      expect(form.profile).toHaveLength(7);
    }
    expect(view.forms.find((f) => f.id === 'initiatievenfonds')?.tagline).toMatch(/smeergeld.*op gang/);
    expect(view.forms.find((f) => f.id === 'fiscale-constructie')?.tagline).toMatch(/OZB/);
    expect(view.considerations.map((c) => c.answers.length)).toEqual([4, 4, 4, 4, 4, 4]);
    // No model jargon on screen: the answers explain themselves in sentences.
    for (const answer of view.considerations.flatMap((c) => c.answers))
      expect(answer.meaning).not.toMatch(/hoogstens|minstens|rond \d|van 4/);
    expect(view.purposes).toHaveLength(6);
    expect(view.amountSource).toMatch(/gids noemt geen bedragen/);
    workbook.close();
  });

  it('advise: eligible forms only, with reasons, what is set aside, and the local scheme by name', async () => {
    const { workbook } = await moestuinWorkbook();
    const view = await callOk(workbook, 'financing.model');
    const advice = await callOk(workbook, 'financing.advise', {
      answers: moestuin,
      weights: weightsWith({ symboolwerking: 1 }),
      purposes: ['eenmalig', 'terugkerend'],
      amountEuros: 15_000,
    });
    expect(advice.status).toBe('ranked');
    expect(advice.ranking.every((r) => r.givesMoney)).toBe(true);
    const budget = advice.ranking.find((r) => r.formId === 'bewonersbudget');
    expect(budget?.localSchemes.map((m) => m.scheme.name)).toEqual(['Wijkbudget Linde-Noord']);
    expect(budget?.localSchemes[0]?.amountNote).toMatch(/hoger dan het maximum van deze regeling \(€\s10\.000\)/);
    expect(advice.excluded.map((e) => e.formId)).toContain('budgetmonitoring');
    expect(advice.alsoInteresting.map((e) => e.formId)).toContain('maatschappelijk-aanbesteden');
    const names = view.forms.map((f) => f.name);
    for (const step of advice.sensitivity.steps.filter((s) => s.topChanged))
      expect(names.some((n) => step.effect.includes(n))).toBe(true);
    workbook.close();
  });

  it('keep local schemes: validated, listed by name, changed and deleted', async () => {
    const workbook = openTestWorkbook(tempDir());
    const refused = await dispatch(workbook.handlers, 'financing.schemes.create', { ...wijkbudget, name: ' ' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('Geef de regeling een naam');
    const wrongForm = await dispatch(workbook.handlers, 'financing.schemes.create', {
      ...wijkbudget,
      formId: 'lening',
    });
    expect(wrongForm.ok).toBe(false);
    const negative = await dispatch(workbook.handlers, 'financing.schemes.create', {
      ...wijkbudget,
      maxAmountEuros: -5,
    });
    expect(negative.ok).toBe(false);
    const scheme = await callOk(workbook, 'financing.schemes.create', wijkbudget);
    await callOk(workbook, 'financing.schemes.create', {
      ...wijkbudget,
      name: 'Aanjaagfonds',
      formId: 'initiatievenfonds',
    });
    expect((await callOk(workbook, 'financing.schemes.list')).map((s) => s.name)).toEqual([
      'Aanjaagfonds',
      'Wijkbudget Linde-Noord',
    ]);
    const changed = await callOk(workbook, 'financing.schemes.update', {
      id: scheme.id,
      fields: { ...wijkbudget, maxAmountEuros: null },
    });
    expect(changed.maxAmountEuros).toBeNull();
    await callOk(workbook, 'financing.schemes.delete', { id: scheme.id });
    const gone = await dispatch(workbook.handlers, 'financing.schemes.delete', { id: scheme.id });
    expect(gone.ok).toBe(false);
    workbook.close();
  });

  it('export the short advice for the initiator: B1, a funding form first, the local scheme, help besides money', async () => {
    const { workbook, id } = await moestuinWorkbook();
    const path = savedPath(await callOk(workbook, 'financing.exportPdf', { id, audience: 'initiatiefnemer' }));
    expect(path).toMatch(/Advies voor de initiatiefnemer - Buurtmoestuin De Linde\.pdf$/);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(Number(info.match(/Pages:\s+(\d+)/)?.[1])).toBeLessThanOrEqual(2);
    const text = pdfText(path);
    for (const expected of [
      'Advies voor Buurtmoestuin De Linde',
      'ongeveer € 15.000',
      '1. Lokaal fonds',
      'Wijkbudget Linde-Noord (tot € 10.000)',
      'wijkteam@gemeente.nl',
      'Ook interessant',
      'Wat de gemeente naast geld kan doen',
      'Ayşe Kovačević, Gemeente Zwolle',
    ])
      expect(text, expected).toContain(expected);
    for (const jargon of ['score', 'van 4', 'smeergeld', 'Budgetmonitoring', 'gewicht'])
      expect(text.toLowerCase(), jargon).not.toContain(jargon.toLowerCase());
    expect(text).not.toMatch(/(minstens|hoogstens|rond) \d/);
    workbook.close();
  });

  it('export the internal note with weights, sensitivity, what is set aside and the guide’s caution', async () => {
    const { workbook, id } = await moestuinWorkbook();
    const view = await callOk(workbook, 'financing.model');
    const path = savedPath(await callOk(workbook, 'financing.exportPdf', { id, audience: 'intern' }));
    expect(path).toMatch(/Interne notitie financiering - Buurtmoestuin De Linde\.pdf$/);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Interne notitie financiering: Buurtmoestuin De Linde/);
    expect(info).toMatch(/Author:\s+Ayşe Kovačević/);
    expect(info).toMatch(/Tagged:\s+yes/);
    const text = pdfText(path);
    for (const expected of [
      'Geld helpt, maar is niet de kern',
      'Geld voor kosten die elk jaar terugkomen',
      'Waarschuwing uit de gids',
      'Plek 1: Lokaal fonds',
      'Weegt gewoon',
      'Hoe stevig is dit advies?',
      'Past niet bij deze vraag',
      'Budgetmonitoring:',
      'Eigen regeling: Wijkbudget Linde-Noord',
      'Gesprek gepland op 3 december.',
      'Pagina 1 van',
    ])
      expect(text, expected).toContain(expected);
    expect(text).not.toContain('4 punten min de afstand');
    const caution = markdownBlocks(view.caution)[0];
    const firstWords = (caution?.kind === 'paragraph' ? caution.text : (caution?.items[0] ?? ''))
      .split(' ')
      .slice(0, 6);
    expect(text).toContain(firstWords.join(' '));
    workbook.close();
  });
});
