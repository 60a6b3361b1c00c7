import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/services/dispatch';
import { safeFileName } from '../../../../main/services/files/file-deliverer';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();

describe('file channels', () => {
  it('refuse to open or show a path this session did not save', async () => {
    const workbook = openTestWorkbook(tempDir());
    for (const channel of ['file.open', 'file.showInFolder']) {
      for (const path of ['/etc/passwd', 'C:\\Windows\\System32\\calc.exe', '/usr/bin/xterm']) {
        const result = await dispatch(workbook.handlers, channel, { path });
        expect(result).toMatchObject({
          ok: false,
          error: { code: 'not-found', message: expect.stringContaining('niet in deze sessie') },
        });
      }
    }
    workbook.close();
  });

  it('refuse malformed input', async () => {
    const workbook = openTestWorkbook(tempDir());
    for (const input of [
      undefined,
      {},
      { path: '' },
      { path: 'x'.repeat(5000) },
      { path: 1 },
      { path: '/x', extra: 1 },
    ]) {
      expect(await dispatch(workbook.handlers, 'file.open', input)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    workbook.close();
  });
});

describe('safeFileName', () => {
  it('keeps names with diacritics and removes what file systems refuse', () => {
    expect(safeFileName('POP-OP 2027 - Ayşe Kovačević.pdf')).toBe('POP-OP 2027 - Ayşe Kovačević.pdf');
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j\u0000k.pdf')).toBe('a b c d e f g h i j k.pdf');
    expect(safeFileName('   ...')).toBe('Werkboek');
    expect(safeFileName('x'.repeat(400)).length).toBe(150);
  });
});
