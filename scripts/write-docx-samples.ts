// Writes sample Word exports of the POP-OP into a folder, for scripts/check-docx.mjs:
// a realistic plan, one with 44 actions (long texts, a 2 000-character word), and the
// Gespreksvoorbereiding of a plan discussed in a recorded meeting and changed since.
// `node scripts/run-ts.mjs scripts/write-docx-samples.ts FOLDER` prints one path a line.
import { join, resolve } from 'node:path';
import { dispatch } from '../main/services/dispatch';
import { createDirectoryDeliverer } from '../main/services/files/directory-deliverer';
import { openWorkbook, type Workbook } from '../main/services/workbook';
import { testPdfRenderer } from '../tests/helpers/pdf-worker';

async function call<T>(workbook: Workbook, channel: string, input?: unknown): Promise<T> {
  const result = await dispatch(workbook.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const realistic = {
  title: 'POP-OP 2027',
  employeeName: 'Ayşe Kovačević-IJzerman',
  jobTitle: 'Beleidsadviseur participatie',
  organisation: 'Gemeente IJsselstein',
  department: 'Samenleving',
  manager: 'Şükrü Öztürk',
  period: '2027',
  meetingDate: '2027-03-15',
  nu: 'Ik ken de wijkraad van IJsselstein goed en ik heb drie bewonersinitiatieven begeleid.\n\nIk merk dat ik nog vaak zelf de regie neem, ook als initiatiefnemers dat prima zelf kunnen.',
  richting:
    'Meer faciliteren, minder zelf doen. Over een jaar wil ik dat initiatiefnemers mij zien als sparringpartner.',
  nodig: 'Tijd om mee te lopen met de wijkcoach, en een intervisiegroep met collega’s uit de regio.',
};

const actions = [
  {
    what: 'Meelopen met de wijkcoach bij twee keukentafelgesprekken',
    withWhom: 'Wijkteam Zuid',
    dueDate: '2027-05-01',
    status: 'bezig',
  },
  {
    what: 'Training “Loslaten in participatie” volgen',
    withWhom: 'Opleidingsbureau',
    dueDate: '2027-09-15',
    status: 'gepland',
  },
  {
    what: 'Right-to-Challenge-verzoek van de buurtmoestuin begeleiden zonder zelf de notulen te maken',
    withWhom: 'Fatima El Ouazzani',
    dueDate: '2027-11-30',
    status: 'gepland',
    result: 'Verslag gedeeld in Teams.',
  },
] as const;

async function samplePlan(
  workbook: Workbook,
  changes: Record<string, string>,
  withActions: readonly Record<string, string>[],
) {
  const { id: planId } = await call<{ id: number }>(workbook, 'popOp.create', {});
  await call(workbook, 'popOp.update', { planId, changes });
  for (const fields of withActions) await call(workbook, 'popOp.actions.add', { planId, fields });
  await call(workbook, 'popOp.factors.add', {
    planId,
    kind: 'kans',
    text: 'Een nieuwe wethouder die participatie belangrijk vindt',
  });
  await call(workbook, 'popOp.factors.add', { planId, kind: 'bedreiging', text: 'Een volle agenda met raadsvragen' });
  const delivery = await call<{ kind: string; path?: string }>(workbook, 'popOp.exportDocx', { planId });
  return delivery.path ?? '';
}

/** A plan discussed on 15 March 2026 (recorded), changed since, with two bespreekpunten: its Gespreksvoorbereiding. */
async function samplePreparation(workbook: Workbook) {
  const { id: planId } = await call<{ id: number }>(workbook, 'popOp.create', {});
  await call(workbook, 'popOp.update', { planId, changes: { ...realistic, title: 'POP-OP 2026' } });
  for (const fields of actions) await call(workbook, 'popOp.actions.add', { planId, fields });
  await call(workbook, 'popOp.meetings.record', {
    planId,
    heldOn: '2026-03-15',
    withWhom: realistic.manager,
    outcome: 'voor-akkoord',
    agreements: ['Meelopen met de wijkcoach plannen'],
    nextMeeting: '2026-09-15',
  });
  await call(workbook, 'popOp.update', {
    planId,
    changes: { nu: `${realistic.nu} Sinds het voorjaar laat ik de notulen aan de initiatiefnemers.` },
  });
  for (const [position, text] of [
    [1, 'Kan ik een dag per week in de wijk werken, en hoe regel ik dat met het team?'],
    [2, 'Budget voor de training “Loslaten in participatie”.'],
  ] as const) {
    await call(workbook, 'popOp.preparation.setTalkingPoint', { planId, position, text });
  }
  const delivery = await call<{ kind: string; path?: string }>(workbook, 'popOp.preparation.exportDocx', { planId });
  return delivery.path ?? '';
}

function manyActions(): Record<string, string>[] {
  return Array.from({ length: 44 }, (_, index) => ({
    what: `Actie ${index + 1}: ${'Initiatiefnemers en de Participatiecoördinator overleggen over de subsidieverordening. '.repeat(1 + (index % 9))}`,
    withWhom: 'Wijkteam Zuid',
    dueDate: '2027-09-15',
    result: index === 7 ? 'x'.repeat(2000) : index % 3 === 0 ? 'Verslag in Teams, gedeeld met de Wijkcoördinator.' : '',
  }));
}

async function main(folder: string): Promise<void> {
  const workbook = openWorkbook({
    dataDir: join(folder, 'werkboek'),
    dataDirSource: 'argument',
    resourcesDir: join(__dirname, '..', 'resources'),
    app: { name: 'Werkboek Overheidsparticipatie', version: 'check', shell: 'browser' },
    files: createDirectoryDeliverer(folder),
    // Only Word copies are made here; the PDF worker is there because every workbook has one.
    pdf: testPdfRenderer(),
  });
  try {
    console.log(await samplePlan(workbook, realistic, actions));
    console.log(await samplePlan(workbook, { ...realistic, title: 'POP-OP 2027 met 44 acties' }, manyActions()));
    console.log(await samplePreparation(workbook));
  } finally {
    workbook.close();
  }
}

main(resolve(process.argv[2] ?? 'out/docx-check')).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
