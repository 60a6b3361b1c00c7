import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../../main/contract/channels';
import { markdownAsPrintText } from '../../../../main/services/pdf/pdf-text';
import { callFails, callOk, savedPath } from '../../../helpers/call';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();

const counts = { doen: 5, doel: 5, gemeenteraad: 6, geld: 5, organisatieverandering: 6 };

describe('selfAnalysis.exportPdf (real workbook, real PDF read back with poppler)', () => {
  it('writes one run: title, metadata, scores, answers, the change since last time, reflections and actions', async () => {
    const dir = tempDir();
    const workbook = openTestWorkbook(dir);
    const call = <C extends ChannelName>(channel: C, input?: unknown) => callOk(workbook, channel, input);
    await call('settings.set', { profile: { name: 'Ayşe Kovačević' } });

    const fill = async (runId: number, answerFor: (themeIndex: number, index: number) => number) => {
      for (const [themeIndex, [themeId, count]] of Object.entries(counts).entries()) {
        for (let index = 0; index < count; index += 1) {
          await call('selfAnalysis.answer', {
            runId,
            statementId: `${themeId}-${index + 1}`,
            value: answerFor(themeIndex, index),
          });
        }
      }
    };
    const first = await call('selfAnalysis.start', { scope: 'all' });
    await fill(first.id, () => 2);
    const second = await call('selfAnalysis.start', { scope: 'all' });
    await fill(second.id, (themeIndex, index) => (themeIndex === 0 && index === 0 ? 4 : 2));
    await call('selfAnalysis.rename', { runId: second.id, name: 'Voor mijn jaargesprek' });
    await call('selfAnalysis.reflect', {
      runId: second.id,
      themeId: 'doen',
      questionId: 'concreet',
      text: 'Elke maand één bewonersavond — café De Reünie.',
    });
    await call('selfAnalysis.mark', { runId: second.id, statementId: 'doel-2', wanted: true, suggestion: null });

    const path = savedPath(await call('selfAnalysis.exportPdf', { runId: second.id }));
    expect(path).toMatch(/Zelfanalyse - Voor mijn jaargesprek\.pdf$/);

    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Zelfanalyse: Voor mijn jaargesprek/);
    expect(info).toMatch(/Author:\s+Ayşe Kovačević/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/A4/);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'Zelfanalyse: Voor mijn jaargesprek',
      'Ayşe Kovačević',
      'Compleet: 27 stellingen',
      'Profiel',
      // Doen: 4+2+2+2+2 = 12 → 2,4; the others all 2 → 2,0.
      'Doen 2,4 12 van 20 5 van 5',
      'Gemeenteraad 2,0 12 van 24 6 van 6',
      'gemiddeld 0,4 hoger (2,0 → 2,4)',
      'Zeer eens',
      'Elke maand één bewonersavond — café De Reünie.',
      'Nog geen reflectie geschreven.',
      'Hier wil ik mee aan de slag',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).toMatch(/Pagina 1 van \d+/);
    workbook.close();
  });

  it('marks an unfinished run as such in the PDF, never with a score of 0', async () => {
    const workbook = openTestWorkbook(tempDir());
    const run = await callOk(workbook, 'selfAnalysis.start', { scope: 'all' });
    await callOk(workbook, 'selfAnalysis.answer', { runId: run.id, statementId: 'geld-1', value: 3 });
    const path = savedPath(await callOk(workbook, 'selfAnalysis.exportPdf', { runId: run.id }));
    expect(path).toMatch(/Zelfanalyse van .+ \d{4} \d{2}\.\d{2}\.pdf$/);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Nog niet compleet: 1 van 27 stellingen beantwoord');
    expect(text).toContain('Geld nog niet compleet – 1 van 5');
    expect(text).not.toMatch(/\b0,0\b/);
    workbook.close();
  });

  it('refuses a run that does not exist', async () => {
    const workbook = openTestWorkbook(tempDir());
    expect(await callFails(workbook, 'selfAnalysis.exportPdf', { runId: 41 })).toMatchObject({ code: 'not-found' });
    workbook.close();
  });
});

describe('markdownAsPrintText', () => {
  it('removes Markdown marks but keeps the words', () => {
    expect(markdownAsPrintText('Hoe **hoger** je score, hoe _meer_ je werkt.\n> citaat\n- punt')).toBe(
      'Hoe hoger je score, hoe meer je werkt.\ncitaat\npunt',
    );
  });
});
