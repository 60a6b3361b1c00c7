import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { talkingPointLimits } from '../../../../main/contract/preparation-channels';
import { savedPath } from '../../../helpers/call';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';
import { callFails, callOk } from './pop-op-test-helpers';

const tempDir = createTempDirs();

describe('bespreekpunten through the contract', () => {
  it('keeps up to three points across a restart; an emptied point is gone, the others keep their number', async () => {
    const dir = tempDir();
    const workbook = openTestWorkbook(dir);
    const plan = await callOk(workbook, 'popOp.create', {});
    const saved = await callOk(workbook, 'popOp.preparation.setTalkingPoint', {
      planId: plan.id,
      position: 1,
      text: 'Kan ik een dag per week in de wijk werken?',
    });
    expect(saved.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await callOk(workbook, 'popOp.preparation.setTalkingPoint', {
      planId: plan.id,
      position: 3,
      text: 'Budget cursus',
    });
    await callOk(workbook, 'popOp.preparation.setTalkingPoint', { planId: plan.id, position: 2, text: 'Tijdelijk' });
    await callOk(workbook, 'popOp.preparation.setTalkingPoint', { planId: plan.id, position: 2, text: '   ' });
    workbook.close();

    const reopened = openTestWorkbook(dir);
    const preparation = await callOk(reopened, 'popOp.preparation.get', { planId: plan.id });
    expect(preparation.talkingPoints).toEqual(['Kan ik een dag per week in de wijk werken?', '', 'Budget cursus']);
    expect(reopened.database.prepare('SELECT count(*) FROM pop_op_talking_points').pluck().get()).toBe(2);
    await callOk(reopened, 'popOp.remove', { planId: plan.id });
    expect(reopened.database.prepare('SELECT count(*) FROM pop_op_talking_points').pluck().get()).toBe(0);
    reopened.close();
  });

  it('refuses a fourth point, a point over 500 characters, control characters and an unknown plan, in Dutch', async () => {
    const workbook = openTestWorkbook(tempDir());
    const plan = await callOk(workbook, 'popOp.create', {});
    const set = (input: object) =>
      callFails(workbook, 'popOp.preparation.setTalkingPoint', { planId: plan.id, ...input });

    for (const position of [0, 4, 1.5]) {
      const error = await set({ position, text: 'Nog een punt' });
      expect(error.code).toBe('invalid-input');
      expect(error.message).toContain('Je kunt maximaal 3 bespreekpunten opschrijven');
    }
    const long = await set({ position: 1, text: 'x'.repeat(talkingPointLimits.characters + 1) });
    expect(long.message).toContain('Een bespreekpunt is maximaal 500 tekens. Maak het korter');
    const control = await set({ position: 1, text: 'bel\u0007' });
    expect(control.message).toContain('onzichtbare stuurtekens');
    const missing = await callFails(workbook, 'popOp.preparation.setTalkingPoint', {
      planId: plan.id + 99,
      position: 1,
      text: 'Punt',
    });
    expect(missing.code).toBe('not-found');
    expect(missing.message).toMatch(/plan/i);
    // Exactly at the limit is fine, and nothing of the refused calls was stored.
    await callOk(workbook, 'popOp.preparation.setTalkingPoint', {
      planId: plan.id,
      position: 2,
      text: 'y'.repeat(talkingPointLimits.characters),
    });
    const { talkingPoints } = await callOk(workbook, 'popOp.preparation.get', { planId: plan.id });
    expect(talkingPoints).toEqual(['', 'y'.repeat(500), '']);
    workbook.close();
  });
});

describe('the preparation PDF', () => {
  it('prints the bespreekpunten, the actions with their state, the changes and the self-analysis, on one page', async () => {
    const workbook = openTestWorkbook(tempDir());
    await callOk(workbook, 'settings.set', {
      profile: { name: 'Ayşe Kovačević', jobTitle: '', organisation: '', department: '', manager: 'Murat Şahin' },
    });
    const plan = await callOk(workbook, 'popOp.create', {});
    await callOk(workbook, 'popOp.update', {
      planId: plan.id,
      changes: { title: 'POP-OP 2027', nu: 'Ik ken de wijk.' },
    });
    await callOk(workbook, 'popOp.actions.add', {
      planId: plan.id,
      fields: { what: 'Meelopen met de wijkcoach', dueDate: '2020-01-01', status: 'bezig' },
    });
    await callOk(workbook, 'popOp.setStatus', { planId: plan.id, status: 'besproken' });
    await callOk(workbook, 'popOp.update', { planId: plan.id, changes: { nu: 'Ik ken de wijk en de raad.' } });
    await callOk(workbook, 'popOp.preparation.setTalkingPoint', { planId: plan.id, position: 1, text: 'Thuiswerken' });

    const delivery = await callOk(workbook, 'popOp.preparation.export', { planId: plan.id });
    const file = savedPath(delivery);
    expect(file).toMatch(/Gespreksvoorbereiding POP-OP 2027 - Ayşe Kovačević\.pdf$/);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBe(1);
    for (const expected of [
      'Gespreksvoorbereiding: POP-OP 2027',
      'Leidinggevende Murat Şahin',
      'Mijn bespreekpunten',
      'Punt 1 Thuiswerken',
      '1 januari 2020 Te laat (bezig)',
      'Wat is er veranderd sinds versie 1',
      'Weggehaald Toegevoegd 1. Waar sta ik nu? “wijk.” “wijk en de raad.”',
      'Je hebt nog geen thema van de zelfanalyse helemaal ingevuld.',
    ]) {
      expect(text).toContain(expected);
    }
    workbook.close();
  });

  it('names the recorded meeting as the last one: the date held, with whom and the outcome', async () => {
    const workbook = openTestWorkbook(tempDir());
    const plan = await callOk(workbook, 'popOp.create', {});
    await callOk(workbook, 'popOp.update', { planId: plan.id, changes: { nu: 'Ik ken de wijk.' } });
    await callOk(workbook, 'popOp.meetings.record', {
      planId: plan.id,
      heldOn: '2026-03-15',
      withWhom: 'Şükrü Öztürk',
      outcome: 'voor-akkoord',
      agreements: [],
      nextMeeting: '',
    });
    const preparation = await callOk(workbook, 'popOp.preparation.get', { planId: plan.id });
    expect(preparation.lastMeeting).toMatchObject({ number: 1, heldOn: '2026-03-15' });
    const delivery = await callOk(workbook, 'popOp.preparation.export', { planId: plan.id });
    const text = execFileSync('pdftotext', [savedPath(delivery), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Vorig gesprek Besproken op 15 maart 2026 met Şükrü Öztürk, voor akkoord (versie 1)');
    expect(text).toContain('Wat is er veranderd sinds versie 1 (15 maart 2026)');
    workbook.close();
  });

  it('fits a normal plan on at most two pages: eight actions, three points of two sentences, rewritten answers, two self-analyses', async () => {
    const workbook = openTestWorkbook(tempDir());
    for (const value of [2, 3]) {
      const run = await callOk(workbook, 'selfAnalysis.start', { scope: 'all' });
      const questionnaire = await callOk(workbook, 'selfAnalysis.questionnaire', undefined);
      for (const statement of questionnaire.themes.flatMap((theme) => theme.statements)) {
        await callOk(workbook, 'selfAnalysis.answer', { runId: run.id, statementId: statement.id, value });
      }
      if (value === 2) {
        const plan = await callOk(workbook, 'popOp.create', {});
        const answer = 'Ik werk met inwoners en collega’s aan initiatieven in de wijk en leer de raad beter kennen. ';
        await callOk(workbook, 'popOp.update', {
          planId: plan.id,
          changes: { title: 'POP-OP 2027', nu: answer.repeat(6), richting: answer.repeat(4), nodig: answer.repeat(3) },
        });
        for (let index = 1; index <= 8; index += 1) {
          await callOk(workbook, 'popOp.actions.add', {
            planId: plan.id,
            fields: {
              what: `Actie ${index}: meelopen met het wijkteam en een verslag maken`,
              withWhom: 'Wijkteam',
              dueDate: '2027-06-01',
            },
          });
        }
        await callOk(workbook, 'popOp.setStatus', { planId: plan.id, status: 'besproken' });
        const rewritten = answer.replace('de raad', 'het college').repeat(6).concat('Nieuw: ik geef een training.');
        await callOk(workbook, 'popOp.update', {
          planId: plan.id,
          changes: { nu: rewritten, nodig: 'Tijd en een coach.' },
        });
        for (const position of [1, 2, 3]) {
          await callOk(workbook, 'popOp.preparation.setTalkingPoint', {
            planId: plan.id,
            position,
            text: 'Kan ik een dag per week in de wijk werken? Dan ken ik de initiatiefnemers en zij mij. '.repeat(2),
          });
        }
      }
    }
    const [plan] = await callOk(workbook, 'popOp.list', undefined);
    const file = savedPath(await callOk(workbook, 'popOp.preparation.export', { planId: plan?.id ?? 0 }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeLessThanOrEqual(2);
    workbook.close();
  });
});
