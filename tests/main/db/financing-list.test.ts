import { describe, expect, it } from 'vitest';
import { createFinancingRepository } from '../../../main/db/financing-repository';
import { migrations } from '../../../main/db/migrations/index';
import { openDatabase } from '../../../main/db/open-database';
import { createTempDirs } from '../../helpers/temp-dir';

const tempDir = createTempDirs();

describe('financing list query', () => {
  it('gives each initiative as the full record has it: newest change first, with its answers and weights', () => {
    const db = openDatabase(`${tempDir()}/werkboek.sqlite`, { migrations });
    const repository = createFinancingRepository(db);
    const first = repository.create('Moestuin', '2026-11-28T10:00:00.000Z', 2);
    const second = repository.create('Speeltuin', '2026-11-28T10:01:00.000Z', 1);
    repository.create('Buurtfeest', '2026-11-28T10:02:00.000Z', 3);
    repository.update(
      first,
      { description: 'Samen tuinieren.', answers: { risico: 'geen', timing: 'structureel' }, weights: { risico: 0 } },
      '2026-11-28T10:03:00.000Z',
    );
    repository.update(second, { chosenFormId: 'crowdfunding' }, '2026-11-28T10:04:00.000Z');

    const fields = ['id', 'name', 'description', 'updatedAt', 'chosenFormId', 'answers', 'weights'] as const;
    const expected = repository
      .list()
      .map((initiative) => Object.fromEntries(fields.map((field) => [field, initiative[field]])));
    expect(repository.summaries()).toEqual(expected);
    expect(repository.summaries().map((row) => row.name)).toEqual(['Speeltuin', 'Moestuin', 'Buurtfeest']);
    expect(repository.summaries()[1]?.answers).toMatchObject({
      risico: 'geen',
      timing: 'structureel',
      zeggenschap: null,
    });
    db.close();
  });
});
