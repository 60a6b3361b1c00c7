import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../../../main/services/backup/workbook-file';
import { callFails, callOk, savedPath } from '../../../helpers/call';
import { fixtureImage, gifImage } from '../../../helpers/images';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();

interface WorkbookFileJson {
  tables: Record<string, Record<string, unknown>[]>;
  sha256?: string;
  [field: string]: unknown;
}

describe('the logo in a workbook export', () => {
  it('travels as base64 in the JSON file and comes back byte for byte', async () => {
    const source = openTestWorkbook(tempDir());
    const jpeg = fixtureImage('logo.jpg');
    await callOk(source, 'printSettings.setLogo', { fileName: 'logo.jpg', base64: jpeg.toString('base64') });
    const text = readFileSync(savedPath(await callOk(source, 'workbook.export')), 'utf8');
    const file = JSON.parse(text) as WorkbookFileJson;
    expect(file.tables.settings_images).toEqual([
      expect.objectContaining({
        key: 'logo',
        mime: 'image/jpeg',
        width: 360,
        height: 120,
        bytes: jpeg.toString('base64'),
      }),
    ]);

    const target = openTestWorkbook(tempDir());
    await callOk(target, 'workbook.import', { text });
    const stored = target.database.prepare('SELECT bytes FROM settings_images').pluck().get();
    expect(Buffer.isBuffer(stored) && stored.equals(jpeg)).toBe(true);
    expect((await callOk(target, 'printSettings.get')).logo?.dataUrl).toBe(
      `data:image/jpeg;base64,${jpeg.toString('base64')}`,
    );
    source.close();
    target.close();
  });

  it('refuses a file whose logo is not the PNG or JPEG its row says, and changes nothing', async () => {
    const source = openTestWorkbook(tempDir());
    await callOk(source, 'printSettings.setLogo', {
      fileName: 'logo.png',
      base64: fixtureImage('logo.png').toString('base64'),
    });
    const file = JSON.parse(
      readFileSync(savedPath(await callOk(source, 'workbook.export')), 'utf8'),
    ) as WorkbookFileJson;
    const { sha256: _old, ...fields } = file;
    const row = fields.tables.settings_images?.[0];
    if (!row) throw new Error('no logo row');
    row.bytes = gifImage.toString('base64');
    const text = JSON.stringify({ ...fields, sha256: checksumOf(fields) });

    const target = openTestWorkbook(tempDir());
    const error = await callFails(target, 'workbook.import', { text });
    expect(error.message).toMatch(
      /Logo van je organisatie.*geen geldige PNG- of JPEG-afbeelding.*Er is niets veranderd/,
    );
    expect(await callOk(target, 'printSettings.get')).toEqual({ confidential: false, logo: null });
    source.close();
    target.close();
  });
});
