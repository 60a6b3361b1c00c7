import { describe, expect, it } from 'vitest';
import { createFinancingRepository } from '../../../main/db/financing-repository';
import { createFinancingSchemesRepository } from '../../../main/db/financing-schemes-repository';
import { migrations } from '../../../main/db/migrations/index';
import { openDatabase } from '../../../main/db/open-database';
import { createTempDirs } from '../../helpers/temp-dir';

const tempDir = createTempDirs();

function open() {
  const file = `${tempDir()}/werkboek.sqlite`;
  const db = openDatabase(file, { migrations });
  return { db, file, repository: createFinancingRepository(db) };
}

describe('financing repository', () => {
  it('creates an initiative with six unanswered considerations at the default weight', () => {
    const { db, repository } = open();
    const id = repository.create('Buurtmoestuin', '2026-11-28T10:00:00.000Z', 2);
    const initiative = repository.get(id);
    expect(initiative).toMatchObject({
      name: 'Buurtmoestuin',
      needs: [],
      purposes: [],
      moneyRole: null,
      amountEuros: null,
    });
    expect(Object.values(initiative?.answers ?? {})).toEqual([null, null, null, null, null, null]);
    expect(Object.values(initiative?.weights ?? {})).toEqual([2, 2, 2, 2, 2, 2]);
    db.close();
  });

  it('applies a patch, keeps what the patch leaves out, and survives reopening the file', () => {
    const { db, file, repository } = open();
    const id = repository.create('Speeltuin', '2026-11-28T10:00:00.000Z', 2);
    repository.update(
      id,
      {
        description: 'Bewoners knappen de speeltuin op.',
        amountEuros: 12500,
        needs: ['geld', 'regels'],
        moneyRole: 'kern',
        answers: { risico: 'geen', timing: 'structureel' },
        weights: { risico: 3 },
      },
      '2026-11-28T10:01:00.000Z',
    );
    repository.update(id, { answers: { timing: null }, needs: ['geld'] }, '2026-11-28T10:02:00.000Z');
    db.close();

    const reopened = openDatabase(file, { migrations });
    const again = createFinancingRepository(reopened).get(id);
    expect(again).toMatchObject({
      name: 'Speeltuin',
      description: 'Bewoners knappen de speeltuin op.',
      amountEuros: 12500,
      needs: ['geld'],
      moneyRole: 'kern',
      updatedAt: '2026-11-28T10:02:00.000Z',
    });
    expect(again?.answers).toMatchObject({ risico: 'geen', timing: null, zeggenschap: null });
    expect(again?.weights).toMatchObject({ risico: 3, timing: 2 });
    reopened.close();
  });

  it('duplicates everything under a new name, and deletes with needs and answers', () => {
    const { db, repository } = open();
    const id = repository.create('Origineel', '2026-11-28T10:00:00.000Z', 2);
    repository.update(
      id,
      {
        needs: ['kennis'],
        purposes: ['startkapitaal'],
        answers: { zeggenschap: 'zelf' },
        chosenFormId: 'crowdfunding',
      },
      '2026-11-28T10:30:00.000Z',
    );
    const copy = repository.duplicate(id, 'Kopie van Origineel', '2026-11-28T11:00:00.000Z');
    expect(copy).toBeDefined();
    const duplicated = repository.get(copy ?? 0);
    expect(duplicated).toMatchObject({
      name: 'Kopie van Origineel',
      needs: ['kennis'],
      purposes: ['startkapitaal'],
      chosenFormId: 'crowdfunding',
    });
    expect(duplicated?.answers.zeggenschap).toBe('zelf');
    expect(repository.list().map((i) => i.name)).toEqual(['Kopie van Origineel', 'Origineel']);

    expect(repository.delete(id)).toBe(true);
    expect(repository.get(id)).toBeUndefined();
    expect(db.prepare('SELECT count(*) FROM financing_considerations WHERE initiative_id = ?').pluck().get(id)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM financing_needs WHERE initiative_id = ?').pluck().get(id)).toBe(0);
    expect(repository.delete(id)).toBe(false);
    expect(repository.update(id, { name: 'weg' }, 'x')).toBe(false);
    expect(repository.duplicate(id, 'x', 'x')).toBeUndefined();
    db.close();
  });

  it('lets the database refuse what the contract would refuse too', () => {
    const { db, repository } = open();
    const id = repository.create('Test', 'x', 2);
    const attempts = [
      "UPDATE financing_considerations SET weight = 4 WHERE initiative_id = ? AND consideration = 'risico'",
      "UPDATE financing_considerations SET answer = 'zelf' WHERE initiative_id = ? AND consideration = 'risico'",
      "UPDATE financing_initiatives SET chosen_form = 'spaarpot' WHERE id = ?",
      'UPDATE financing_initiatives SET amount_euros = -1 WHERE id = ?',
      "INSERT INTO financing_needs VALUES (?, 'koffie')",
      "INSERT INTO financing_considerations VALUES (?, 'geluk', NULL, 2)",
    ];
    for (const sql of attempts) expect(() => db.prepare(sql).run(id), sql).toThrow(/CHECK|constraint/);
    expect(() => db.prepare("INSERT INTO financing_needs VALUES (999, 'geld')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('financing schemes repository', () => {
  it('keeps local schemes sorted by name, trims the text, updates and deletes', () => {
    const { db } = open();
    const schemes = createFinancingSchemesRepository(db);
    const fields = {
      name: '  Wijkbudget Noord ',
      formId: 'bewonersbudget',
      maxAmountEuros: 10_000,
      conditions: ' Vijf bewoners steunen het. ',
      contact: 'wijkteam@gemeente.nl',
    } as const;
    const id = schemes.create(fields, '2026-12-01T10:00:00.000Z');
    schemes.create({ ...fields, name: 'Aanjaagfonds', formId: 'initiatievenfonds' }, '2026-12-01T10:01:00.000Z');
    expect(schemes.list().map((s) => s.name)).toEqual(['Aanjaagfonds', 'Wijkbudget Noord']);
    expect(schemes.get(id)).toMatchObject({ conditions: 'Vijf bewoners steunen het.', maxAmountEuros: 10_000 });
    expect(schemes.update(id, { ...fields, maxAmountEuros: null }, '2026-12-01T10:02:00.000Z')).toBe(true);
    expect(schemes.get(id)?.maxAmountEuros).toBeNull();
    expect(schemes.delete(id)).toBe(true);
    expect(schemes.delete(id)).toBe(false);
    expect(schemes.update(id, fields, 'x')).toBe(false);
    db.close();
  });
});
