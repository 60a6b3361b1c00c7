import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/services/dispatch';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();

describe('app.logError', () => {
  it('writes a render error as one JSON line in the data folder', async () => {
    const dir = tempDir();
    const workbook = openTestWorkbook(dir);
    const error = { screen: '#/pop-op/1', message: 'Invalid time value\nvalse regel', stack: 'RangeError: …' };
    const result = await dispatch(workbook.handlers, 'app.logError', error);
    expect(result).toEqual({ ok: true, value: { logFile: join(dir, 'werkboek-fouten.log') } });
    const lines = readFileSync(join(dir, 'werkboek-fouten.log'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject(error);
    workbook.close();
  });
});
