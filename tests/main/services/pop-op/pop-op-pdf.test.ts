import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../../../main/services/workbook';
import { overlappingWords, wordBoxes } from '../../../helpers/pdf-checks';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';
import { callOk } from './pop-op-test-helpers';

const tempDir = createTempDirs();

/** Text of the PDF with all white space folded, so wrapped lines read as one. */
function readBack(file: string) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return { info, text, flat: text.replace(/\s+/g, ' '), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

async function exportPlan(workbook: Workbook, planId: number): Promise<string> {
  const delivery = await callOk(workbook, 'popOp.export', { planId });
  if (delivery.kind !== 'saved') throw new Error(`expected a saved file, got ${delivery.kind}`);
  expect(readFileSync(delivery.path).subarray(0, 5).toString()).toBe('%PDF-');
  return delivery.path;
}

const profile = {
  name: 'Ayşe Kovačević',
  jobTitle: 'Beleidsadviseur participatie',
  organisation: 'Gemeente IJsselstein',
  department: 'Samenleving',
  manager: 'Murat Şahin',
};

describe('POP-OP PDF', () => {
  it('prints profile, all five questions with their prompts, actions, kansen, bedreigingen and signatures', async () => {
    const dir = tempDir();
    const workbook = openTestWorkbook(dir);
    await callOk(workbook, 'settings.set', { profile });
    const template = await callOk(workbook, 'popOp.template', undefined);
    const statement = template.statementGroups[1]?.statements[0];
    if (!statement) throw new Error('the guide has statements');
    const plan = await callOk(workbook, 'popOp.create', {});
    await callOk(workbook, 'popOp.update', {
      planId: plan.id,
      changes: {
        title: 'POP-OP 2027',
        period: '2027',
        meetingDate: '2027-03-15',
        nu: 'Ik ken de wijkraad van IJsselstein goed.\n\nIk wil beter leren loslaten.',
        richting: 'Meer faciliteren, minder zelf doen.',
        nodig: 'Tijd en een coach.',
      },
    });
    await callOk(workbook, 'popOp.actions.add', {
      planId: plan.id,
      fields: {
        what: 'Meelopen met de wijkcoach',
        withWhom: 'Wijkteam Zuid',
        dueDate: '2027-05-01',
        status: 'bezig',
        result: 'Verslag in Teams',
        statementId: statement.id,
      },
    });
    await callOk(workbook, 'popOp.factors.add', { planId: plan.id, kind: 'kans', text: 'Een nieuwe wethouder' });
    await callOk(workbook, 'popOp.factors.add', { planId: plan.id, kind: 'bedreiging', text: 'Reorganisatie' });
    await callOk(workbook, 'popOp.setStatus', { planId: plan.id, status: 'besproken' });

    const file = await exportPlan(workbook, plan.id);
    expect(file.endsWith('POP-OP 2027 - Ayşe Kovačević.pdf')).toBe(true);
    const { info, flat, pages } = readBack(file);
    expect(info).toMatch(/Title:\s+POP-OP 2027/);
    expect(info).toMatch(/Author:\s+Ayşe Kovačević/);
    expect(info).toMatch(/Subject:\s+Persoonlijk OntwikkelPlan OverheidsParticipatie/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(readFileSync(file).toString('latin1')).toContain('/Lang (nl-NL)');
    for (const expected of [
      'Ayşe Kovačević',
      'Murat Şahin',
      'Gemeente IJsselstein',
      'Beleidsadviseur participatie',
      '15 maart 2027',
      'Besproken op',
      '(versie 1)',
      'Ik ken de wijkraad van IJsselstein goed.',
      'Ik wil beter leren loslaten.',
      'Meer faciliteren, minder zelf doen.',
      'Tijd en een coach.',
      '1. Meelopen met de wijkcoach',
      'Wijkteam Zuid',
      '01-05-2027',
      'Bezig',
      'Verslag in Teams',
      `Uit zelfanalyse (${template.statementGroups[1]?.themeTitle}, stelling 1)`,
      'Een nieuwe wethouder',
      'Reorganisatie',
      'Ondertekening',
      'Medewerker',
      'Leidinggevende',
      'voor gezien',
      'voor akkoord',
      'Opmerkingen leidinggevende',
      'Volgend gesprek / evaluatie op:',
      `Pagina ${pages} van ${pages}`,
    ]) {
      expect(flat).toContain(expected);
    }
    // The statement text may wrap inside its table cell; its words all arrive.
    for (const word of statement.text.split(/\s+/)) expect(flat).toContain(word);
    for (const question of template.questions) {
      expect(flat).toContain(`${question.number}. ${question.title}`);
      for (const prompt of question.prompts) expect(flat).toContain(prompt.split(/\s+/).slice(0, 3).join(' '));
    }
    workbook.close();
  });

  it('paginates 40 actions and long texts without losing text, with the table header on every page', async () => {
    const dir = tempDir();
    const workbook = openTestWorkbook(dir);
    await callOk(workbook, 'settings.set', { profile });
    const plan = await callOk(workbook, 'popOp.create', {});
    const longText = (label: string) =>
      Array.from({ length: 120 }, (_, i) => `${label} zin ${i + 1} over samenwerken met inwoners.`).join(' ');
    await callOk(workbook, 'popOp.update', {
      planId: plan.id,
      changes: { nu: longText('Nu'), richting: longText('Richting'), nodig: longText('Nodig') },
    });
    for (let index = 1; index <= 40; index += 1) {
      await callOk(workbook, 'popOp.actions.add', {
        planId: plan.id,
        fields: {
          what: `Actie ${index}: ${'overleg met de wijkraad en het buurtteam '.repeat((index % 5) + 1)}`,
          withWhom: `Collega ${index}`,
          dueDate: `2027-${String((index % 12) + 1).padStart(2, '0')}-15`,
          status: (['gepland', 'bezig', 'gedaan', 'geschrapt'] as const)[index % 4],
          result: index % 3 === 0 ? `Resultaat ${index}: ${'verslag gedeeld '.repeat(index % 7)}` : '',
        },
      });
    }
    for (let index = 1; index <= 12; index += 1) {
      await callOk(workbook, 'popOp.factors.add', { planId: plan.id, kind: 'kans', text: `Kans ${index}` });
      await callOk(workbook, 'popOp.factors.add', { planId: plan.id, kind: 'bedreiging', text: `Bedreiging ${index}` });
    }
    const file = await exportPlan(workbook, plan.id);
    const { flat, pages } = readBack(file);
    expect(pages).toBeGreaterThan(4);
    for (const label of ['Nu', 'Richting', 'Nodig']) {
      for (const i of [1, 60, 120]) expect(flat).toContain(`${label} zin ${i} over samenwerken met inwoners.`);
    }
    for (let index = 1; index <= 40; index += 1) {
      expect(flat).toContain(`${index}. Actie ${index}:`);
      expect(flat).toContain(`Collega ${index}`);
      if (index % 3 === 0 && index % 7 !== 0) expect(flat).toContain(`Resultaat ${index}:`);
    }
    for (let index = 1; index <= 12; index += 1) {
      expect(flat).toContain(`Kans ${index}`);
      expect(flat).toContain(`Bedreiging ${index}`);
    }
    // Every page the action table runs over starts with its header row.
    const perPage = Array.from({ length: pages }, (_, page) =>
      execFileSync('pdftotext', ['-f', String(page + 1), '-l', String(page + 1), file, '-'], { encoding: 'utf8' }),
    );
    const tablePages = perPage.filter((text) => /\d+\. Actie \d+:/.test(text));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const text of tablePages) expect(text).toMatch(/Resultaat\s+of\s+bewijs/);
    // No text is drawn over other text, and everything stays on the A4 page inside its margins.
    const boxes = wordBoxes(file);
    expect(boxes).toHaveLength(pages);
    for (const words of boxes) {
      expect(words.length).toBeGreaterThan(10);
      expect(overlappingWords(words)).toEqual([]);
      for (const word of words) {
        expect(word.xMin).toBeGreaterThanOrEqual(50);
        expect(word.xMax).toBeLessThanOrEqual(595.28 - 50);
        expect(word.yMax).toBeLessThanOrEqual(841.89 - 20);
      }
    }
    // Look at it: PNG pages for a person (kept next to the PDF).
    execFileSync('pdftoppm', ['-png', '-r', '40', file, join(dir, 'exports', 'pagina')]);
    expect(readdirSync(join(dir, 'exports')).filter((name) => name.endsWith('.png'))).toHaveLength(pages);
    workbook.close();
  });

  it('prints an empty plan faithfully and replaces emoji and control characters visibly', async () => {
    const workbook = openTestWorkbook(tempDir());
    const empty = await callOk(workbook, 'popOp.create', {});
    const emptyFile = await exportPlan(workbook, empty.id);
    const blank = readBack(emptyFile);
    expect(blank.flat).toContain('Nog niet ingevuld.');
    expect(blank.flat).toContain('Nog geen acties.');
    expect(blank.flat).toContain('Geen kansen genoteerd.');
    expect(blank.flat).toContain('Geen bedreigingen genoteerd.');
    expect(blank.flat).toContain('Concept');

    await callOk(workbook, 'popOp.update', {
      planId: empty.id,
      changes: { nu: 'Trots 🎉 op de wijk 👩‍👩‍👧, tab\there.' },
    });
    await callOk(workbook, 'popOp.actions.add', { planId: empty.id, fields: { what: 'Vieren 🥳' } });
    const { flat } = readBack(await exportPlan(workbook, empty.id));
    expect(flat).toContain('Trots \uFFFD op de wijk \uFFFD\uFFFD\uFFFD, tab');
    expect(flat).toContain('Vieren \uFFFD');
    expect(flat).not.toContain('Vieren ?');
    workbook.close();
  });
});
