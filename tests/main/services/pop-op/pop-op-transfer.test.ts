import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';
import { callOk } from './pop-op-test-helpers';

const tempDir = createTempDirs();

describe('POP-OP in a workbook export', () => {
  it('moves plans, actions carried over between plans, kansen and versions to another workbook unchanged', async () => {
    const source = openTestWorkbook(tempDir());
    const first = await callOk(source, 'popOp.create', {});
    await callOk(source, 'popOp.update', { planId: first.id, changes: { title: 'POP-OP 2027', nu: 'Ik begin 🎉' } });
    await callOk(source, 'popOp.actions.add', { planId: first.id, fields: { what: 'Open actie', status: 'bezig' } });
    await callOk(source, 'popOp.factors.add', { planId: first.id, kind: 'bedreiging', text: 'Weinig tijd' });
    await callOk(source, 'popOp.setStatus', { planId: first.id, status: 'vastgesteld' });
    const second = await callOk(source, 'popOp.create', { fromPlanId: first.id });

    const delivery = await callOk(source, 'workbook.export', undefined);
    if (delivery.kind !== 'saved') throw new Error('expected a saved export');
    const target = openTestWorkbook(tempDir());
    await callOk(target, 'workbook.import', { text: readFileSync(delivery.path, 'utf8') });

    for (const planId of [first.id, second.id]) {
      expect(await callOk(target, 'popOp.get', { planId })).toEqual(await callOk(source, 'popOp.get', { planId }));
    }
    const versionId = (await callOk(target, 'popOp.get', { planId: first.id })).versions[0]?.id;
    expect((await callOk(target, 'popOp.versions.get', { versionId })).snapshot.nu).toBe('Ik begin 🎉');
    expect((await callOk(target, 'popOp.get', { planId: second.id })).actions[0]?.carriedOverFrom).toBe('POP-OP 2027');
    source.close();
    target.close();
  });
});
