import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../../../main/services/workbook';
import { callOk, savedPath } from '../../../helpers/call';
import { fixtureImage } from '../../../helpers/images';
import { rawWords, structureRoles, textBlocks, untaggedPainting, wordBoxes } from '../../../helpers/pdf-checks';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();
const page = { width: 595.28, height: 841.89 };
const millimetre = 72 / 25.4;
/** Where the body ends: the page's bottom margin and the footer's room (pdf-style's pageLayout). */
const bodyBottom = page.height - 60 - 28;
/** Below the running header and its rule. */
const bodyTop = 50;

/** The signature block as the text layer must read it: the employee's part, then the manager's, then the rest. */
const signatureText = [
  'Ondertekening',
  'Vul de lege velden in, kruis per persoon aan wat van toepassing is en zet je handtekening.',
  'Medewerker Naam: Ayşe Kovačević Functie: Beleidsadviseur participatie Datum: 15 maart 2027 Plaats:',
  'voor gezien voor akkoord Handtekening:',
  'Leidinggevende Naam: Murat Şahin Functie: Datum: 15 maart 2027 Plaats:',
  'voor gezien voor akkoord Handtekening:',
  'Opmerkingen leidinggevende Volgend gesprek / evaluatie op:',
].join(' ');

async function planWithProfile(workbook: Workbook): Promise<number> {
  await callOk(workbook, 'settings.set', {
    profile: {
      name: 'Ayşe Kovačević',
      jobTitle: 'Beleidsadviseur participatie',
      organisation: 'Gemeente IJsselstein',
      manager: 'Murat Şahin',
    },
  });
  const plan = await callOk(workbook, 'popOp.create', {});
  await callOk(workbook, 'popOp.update', {
    planId: plan.id,
    changes: { title: 'POP-OP 2027', meetingDate: '2027-03-15', nu: 'Ik ken de wijk goed.' },
  });
  return plan.id;
}

async function exportPlan(workbook: Workbook, planId: number): Promise<string> {
  return savedPath(await callOk(workbook, 'popOp.export', { planId }));
}

/** The signature block's words, where they stand: the page and the block's top and bottom. */
function signaturePlace(file: string) {
  const pages = wordBoxes(file);
  const index = pages.findIndex((words) => words.some((word) => word.text === 'Ondertekening'));
  const words = pages[index] ?? [];
  const heading = words.find((word) => word.text === 'Ondertekening');
  const last = words.find((word) => word.text === 'evaluatie');
  if (!heading || !last) throw new Error('no whole signature block on one page');
  const startsPage = !words.some((word) => word.yMin >= bodyTop && word.yMax <= heading.yMin);
  return { pages, index, top: heading.yMin, bottom: last.yMax, startsPage };
}

describe('the printed POP-OP for the personnel file', () => {
  it('reads the signature block in order, prints logo and marking, and keeps 25 mm at the left of every page', async () => {
    const workbook = openTestWorkbook(tempDir());
    const planId = await planWithProfile(workbook);
    await callOk(workbook, 'printSettings.setConfidential', { confidential: true });
    await callOk(workbook, 'printSettings.setLogo', {
      fileName: 'logo.png',
      base64: fixtureImage('logo.png').toString('base64'),
    });
    const file = await exportPlan(workbook, planId);

    const words = rawWords(file);
    const start = words.indexOf('Ondertekening');
    expect(words.slice(start, start + signatureText.split(' ').length).join(' ')).toBe(signatureText);
    const { pages } = signaturePlace(file);

    // The marking at the top of page 1 and in the running header of every later page.
    expect(words.slice(0, 3).join(' ')).toBe('Vertrouwelijk – personeelsdossier');
    for (const [index, pageWords] of pages.entries()) {
      const top = pageWords
        .filter((word) => word.yMin < (index === 0 ? 90 : bodyTop))
        .map((word) => word.text)
        .join(' ');
      expect(top, `page ${index + 1}`).toMatch(
        index === 0 ? /Vertrouwelijk – personeelsdossier/ : /^Vertrouwelijk – personeelsdossier · POP-OP 2027/,
      );
    }
    // The logo: one image on page 1 at its own size, a Figure with an Alt text, all painting tagged.
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2);
    expect(images.filter(Boolean).map((line) => line.trim().split(/\s+/).slice(0, 5))).toEqual([
      ['1', '0', 'image', '360', '120'],
    ]);
    const bytes = readFileSync(file);
    expect((await structureRoles(bytes)).figureAlts).toEqual(['Logo van Gemeente IJsselstein']);
    expect(await untaggedPainting(bytes)).toEqual([]);

    // Room to punch holes on both sides of a duplex sheet; page numbers centred.
    for (const [index, blocks] of textBlocks(file).entries()) {
      for (const block of blocks) {
        expect(block.xMin, `page ${index + 1}`).toBeGreaterThanOrEqual(25 * millimetre);
        expect(block.xMax, `page ${index + 1}`).toBeLessThanOrEqual(page.width - 25 * millimetre);
      }
    }
    for (const [index, pageWords] of pages.entries()) {
      const footer = pageWords.filter((word) => word.yMin > bodyBottom);
      expect(footer.map((word) => word.text).slice(0, 4)).toEqual([
        'Pagina',
        String(index + 1),
        'van',
        String(pages.length),
      ]);
      const centre = (Math.min(...footer.map((w) => w.xMin)) + Math.max(...footer.map((w) => w.xMax))) / 2;
      expect(Math.abs(centre - page.width / 2)).toBeLessThan(1);
    }
    workbook.close();
  });

  it('keeps the signature block whole, on the last page of the plan whenever it fits there', async () => {
    const workbook = openTestWorkbook(tempDir());
    const planId = await planWithProfile(workbook);
    const seen = { startsPage: 0, follows: 0 };
    for (let actions = 0; actions <= 16; actions += 1) {
      if (actions > 0) {
        await callOk(workbook, 'popOp.actions.add', {
          planId,
          fields: {
            what: `Actie ${actions}: ${'overleg met de wijkraad '.repeat(1 + (actions % 5))}`,
            withWhom: 'Wijkteam',
          },
        });
      }
      const file = await exportPlan(workbook, planId);
      const place = signaturePlace(file);
      if (!place.startsPage) {
        seen.follows += 1;
        continue;
      }
      seen.startsPage += 1;
      // A page that starts with the block still names the plan: its running header.
      const header = (place.pages[place.index] ?? []).filter((word) => word.yMin < bodyTop).map((word) => word.text);
      expect(header.join(' ')).toMatch(/^POP-OP 2027 · Ayşe Kovačević · Concept$/);
      // It starts a page only when it could not fit below the last text of the page before
      // (the slack covers the room after that text and above the heading).
      const previous = place.pages[place.index - 1] ?? [];
      const lowest = Math.max(...previous.filter((word) => word.yMax < bodyBottom).map((word) => word.yMax));
      expect(bodyBottom - lowest, `${actions} actions`).toBeLessThan(place.bottom - place.top + 35);
    }
    // Both cases occurred: the test saw the block follow the plan and start a page.
    expect(seen.startsPage).toBeGreaterThan(0);
    expect(seen.follows).toBeGreaterThan(0);
    workbook.close();
  });

  it('prints neither marking nor logo until they are chosen in Instellingen', async () => {
    const workbook = openTestWorkbook(tempDir());
    const file = await exportPlan(workbook, await planWithProfile(workbook));
    expect(rawWords(file)).not.toContain('Vertrouwelijk');
    expect(
      execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean),
    ).toEqual([]);
    workbook.close();
  });
});
