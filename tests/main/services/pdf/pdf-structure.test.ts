import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPdf } from '../../../../main/services/pdf/pdf-document';
import { fixtureImage } from '../../../helpers/images';
import {
  isDictionary,
  qpdfCheck,
  qpdfObjects,
  resolve,
  structElements,
  structureRoles,
  untaggedPainting,
  writePdf,
} from '../../../helpers/pdf-checks';
import {
  call,
  deliveredBytes,
  generateInitiative,
  generatePlan,
  generatePreparation,
  generateSelfAnalysis,
  seededRandom,
} from '../../../helpers/pdf-documents';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook, repoRoot } from '../../../helpers/workbook';
import { callOk, constantVector, createRound, incoming, shareText } from '../team/team-test-helpers';

const tempDir = createTempDirs();

/**
 * PDF/UA checks a machine can make, on each kind of PDF. Covered (Matterhorn numbering):
 * 01-005 (content neither tagged nor artifact: every painting operator), 06-001/-002 (Lang,
 * XMP metadata with pdfuaid), 07-001 (DisplayDocTitle), 11-006 (Lang nl-NL), 13-004 (Figure
 * without Alt), 15-003 (TH without Scope: we require it on every TH), 28-011/-012 (link
 * annotations tagged, with Contents), 31-009/-011 (fonts embedded), the ParentTree without /Limits
 * on its root, Outlines present, ModDate, and the table structure (Table › THead/TBody › TR › TH/TD).
 * Not covered (needs a person or a full validator such as veraPDF): whether Alt texts and
 * headings say the right thing, reading order matching the visual order, colour contrast,
 * natural-language changes inside text (11-xxx beyond the document language), and the
 * glyph-level checks of 31-xxx (CIDSet, CIDToGIDMap consistency).
 */
const documentRoles = ['H1', 'H2', 'P', 'Table', 'TBody', 'TR', 'TH', 'TD'];

async function checkStructure(bytes: Buffer, expectFigure: boolean, expectedRoles = documentRoles) {
  const file = writePdf(tempDir(), bytes);
  expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
  expect(await untaggedPainting(bytes)).toEqual([]);

  const { roles, figureAlts } = await structureRoles(bytes);
  expect(roles.slice(0, 2)).toEqual(['Root', 'Document']);
  for (const role of expectedRoles) expect(roles).toContain(role);
  if (expectFigure) expect(figureAlts.length).toBeGreaterThan(0);
  for (const alt of figureAlts) expect(alt?.length ?? 0).toBeGreaterThan(20);

  const objects = qpdfObjects(file);
  const elements = structElements(objects);
  const headerCells = elements.filter((element) => element.role === 'TH');
  expect(headerCells.length).toBeGreaterThan(0);
  for (const cell of headerCells) expect(['/Column', '/Row']).toContain(cell.attributes?.['/Scope']);
  for (const figure of elements.filter((element) => element.role === 'Figure')) {
    expect(figure.dictionary['/Alt']).toBeTruthy();
    expect(figure.attributes?.['/BBox']).toBeTruthy();
  }
  // Rows and cells sit where PDF/UA wants them.
  const parentRole = (element: (typeof elements)[number]) => {
    const parent = resolve(objects, element.dictionary['/P']);
    return isDictionary(parent) ? parent['/S'] : undefined;
  };
  for (const element of elements) {
    if (element.role === 'TR') expect(['/THead', '/TBody', '/Table']).toContain(parentRole(element));
    if (element.role === 'TH' || element.role === 'TD') expect(parentRole(element)).toBe('/TR');
  }

  const catalog = [...objects.values()].find((value) => isDictionary(value) && value['/Type'] === '/Catalog');
  if (!isDictionary(catalog)) throw new Error('no catalog');
  expect(catalog['/Lang']).toBe('u:nl-NL');
  const outlines = resolve(objects, catalog['/Outlines']);
  expect(isDictionary(outlines) && outlines['/First']).toBeTruthy();
  const viewer = resolve(objects, catalog['/ViewerPreferences']);
  expect(isDictionary(viewer) && viewer['/DisplayDocTitle']).toBe(true);
  const treeRoot = resolve(objects, catalog['/StructTreeRoot']);
  const parentTree = isDictionary(treeRoot) ? resolve(objects, treeRoot['/ParentTree']) : undefined;
  expect(isDictionary(parentTree) && parentTree['/Nums']).toBeTruthy();
  expect(isDictionary(parentTree) && parentTree['/Limits']).toBeFalsy();
  const info = [...objects.values()].find((value) => isDictionary(value) && value['/Producer'] !== undefined);
  expect(isDictionary(info) && info['/ModDate']).toBeTruthy();
  const descriptors = [...objects.values()].filter(
    (value) => isDictionary(value) && value['/Type'] === '/FontDescriptor',
  );
  expect(descriptors.length).toBeGreaterThan(0);
  for (const descriptor of descriptors) {
    expect(isDictionary(descriptor) && (descriptor['/FontFile2'] ?? descriptor['/FontFile3'])).toBeTruthy();
  }
  for (const annotation of [...objects.values()].filter(
    (value) => isDictionary(value) && value['/Subtype'] === '/Link',
  )) {
    expect(isDictionary(annotation) && annotation['/StructParent']).not.toBeUndefined();
  }
  return { objects, elements, file };
}

describe('PDF/UA structure of every kind of PDF', () => {
  it('POP-OP with actions and the profile appendix', async () => {
    const workbook = openTestWorkbook(tempDir());
    const random = seededRandom(11);
    await generateSelfAnalysis(workbook, random, { maxField: 400 });
    const { planId } = await generatePlan(workbook, random, { maxField: 1500, maxActions: 12 });
    await call(workbook, 'popOp.actions.add', { planId, fields: { what: 'Zeker één actie', result: 'Verslag' } });
    const bytes = deliveredBytes(await call(workbook, 'popOp.export', { planId, includeProfile: true }));
    const { elements } = await checkStructure(bytes, true);
    // Label/value tables have row headers, never the hidden column names "Gegeven"/"Waarde".
    expect(elements.filter((element) => element.attributes?.['/Scope'] === '/Row').length).toBeGreaterThan(5);
    workbook.close();
  });

  it('Gespreksvoorbereiding: bespreekpunten and details as row headers, actions, changes and themes as tables', async () => {
    const workbook = openTestWorkbook(tempDir());
    const { planId } = await generatePreparation(workbook, seededRandom(15), { maxField: 800, maxActions: 6 });
    const bytes = deliveredBytes(await call(workbook, 'popOp.preparation.export', { planId }));
    const { elements } = await checkStructure(bytes, false, [...documentRoles, 'L', 'LI', 'Lbl', 'LBody']);
    expect(elements.filter((element) => element.attributes?.['/Scope'] === '/Row').length).toBeGreaterThanOrEqual(5);
    expect(elements.filter((element) => element.attributes?.['/Scope'] === '/Column').length).toBeGreaterThanOrEqual(
      10,
    );
    workbook.close();
  });

  it('POP-OP with the organisation’s logo (a Figure with its Alt text) and the confidential marking', async () => {
    const workbook = openTestWorkbook(tempDir());
    await call(workbook, 'printSettings.setConfidential', { confidential: true });
    await call(workbook, 'printSettings.setLogo', {
      fileName: 'logo.jpg',
      base64: fixtureImage('logo.jpg').toString('base64'),
    });
    const { planId } = await generatePlan(workbook, seededRandom(15), { maxField: 1500, maxActions: 12 });
    await call(workbook, 'popOp.actions.add', { planId, fields: { what: 'Zeker één actie', result: 'Verslag' } });
    const bytes = deliveredBytes(await call(workbook, 'popOp.export', { planId }));
    await checkStructure(bytes, true);
    const { figureAlts } = await structureRoles(bytes);
    expect(figureAlts).toHaveLength(1);
    expect(figureAlts[0]).toMatch(/^Logo van /);
    workbook.close();
  });

  it('self-analysis with its radar chart as a Figure that states the five averages', async () => {
    const workbook = openTestWorkbook(tempDir());
    const { runId } = await generateSelfAnalysis(workbook, seededRandom(12), { maxField: 800 });
    const bytes = deliveredBytes(await call(workbook, 'selfAnalysis.exportPdf', { runId }));
    await checkStructure(bytes, true);
    const { figureAlts } = await structureRoles(bytes);
    expect(figureAlts[0]).toMatch(/gemiddelde per thema.*\d,\d/);
    workbook.close();
  });

  it('financing advice with the involvement axis as a Figure listing the forms in order', async () => {
    const workbook = openTestWorkbook(tempDir());
    const { id } = await generateInitiative(workbook, seededRandom(13), { maxField: 800 });
    const bytes = deliveredBytes(await call(workbook, 'financing.exportPdf', { id, audience: 'intern' }));
    await checkStructure(bytes, true);
    const { figureAlts } = await structureRoles(bytes);
    expect(figureAlts[0]).toMatch(/van veel naar weinig betrokkenheid/);
    workbook.close();
  });

  it('the short advice for the initiator', async () => {
    const workbook = openTestWorkbook(tempDir());
    const { id } = await generateInitiative(workbook, seededRandom(14), { maxField: 800 });
    const bytes = deliveredBytes(await call(workbook, 'financing.exportPdf', { id, audience: 'initiatiefnemer' }));
    await checkStructure(bytes, false);
    workbook.close();
  });

  it('the team mirror', async () => {
    const workbook = openTestWorkbook(tempDir());
    const roundId = await createRound(workbook, 3);
    const files = [1, 2, 4].map((value, index) => incoming(`lid ${index}`, shareText(constantVector(value))));
    await callOk(workbook, 'team.rounds.addFiles', { roundId, files });
    const delivery = await callOk<{ kind: string; path: string }>(workbook, 'team.rounds.exportPdf', { roundId });
    const bytes = deliveredBytes(delivery);
    await checkStructure(bytes, true);
    // The team radar states each theme's median and middle half, as the table after it does.
    const { figureAlts } = await structureRoles(bytes);
    expect(figureAlts).toHaveLength(1);
    expect(figureAlts[0]).toMatch(/^Teamradar: .*Doen 2,0 \(middelste helft 1,5–3,0\)/);
    workbook.close();
  });

  it('tags a URL in the text as a Link element with its annotation', async () => {
    const bytes = await createPdf(
      { title: 'Links', subject: 'test' },
      (pdf) => {
        pdf.heading('Meer lezen', 1);
        pdf.paragraph('Lees de gids op https://www.example.nl/gids en bel daarna je collega.');
        pdf.keyValues([['Bron', 'De gids']]);
      },
      { resourcesDir: join(repoRoot, 'resources') },
    );
    const { elements } = await checkStructure(bytes, false, ['H1', 'P', 'Link', 'Table', 'TH', 'TD']);
    const link = elements.find((element) => element.role === 'Link');
    expect(link).toBeDefined();
    expect(JSON.stringify(link?.dictionary['/K'])).toContain('/OBJR');
  });
});

describe('the untagged-painting check', () => {
  it('bites: a rule drawn outside any tag or artifact is reported', async () => {
    const bytes = await createPdf(
      { title: 'Fout', subject: 'test' },
      (pdf) => {
        pdf.paragraph('Tekst.');
        pdf.doc.moveTo(60, 200).lineTo(300, 200).stroke();
      },
      { resourcesDir: join(repoRoot, 'resources') },
    );
    expect(await untaggedPainting(bytes)).toEqual(['page 1: constructPath']);
  });
});
