import { win32 } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWindowsPathLength, safeFileName, safeFileNameIn } from '../../../../main/services/files/file-deliverer';

/** What Windows itself refuses in a file name (Naming Files, Paths, and Namespaces). */
function windowsRefuses(name: string): boolean {
  const stem = name.split('.')[0]?.trim() ?? '';
  return (
    name === '' ||
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what Windows refuses
    /[\u0000-\u001f<>:"/\\|?*]/.test(name) ||
    /[. ]$/.test(name) ||
    /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i.test(stem) ||
    name.length > 255
  );
}

describe('safeFileName on Windows', () => {
  it.each([
    ['CON.pdf', 'CON_.pdf'],
    ['nul', 'nul_'],
    ['com1.json', 'com1_.json'],
    ['LPT9 .pdf', 'LPT9_.pdf'],
    ['Aux.tar.json', 'Aux_.tar.json'],
    ['Console.pdf', 'Console.pdf'],
  ])('renames the reserved device name %s to %s', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });

  it('drops trailing dots and spaces, which Windows silently strips', () => {
    expect(safeFileName('POP-OP 2027. . ')).toBe('POP-OP 2027');
  });

  it.each([
    ['Advies \u202Efdp.exe\u202C.pdf', 'Advies fdp.exe.pdf'],
    ['POP-OP \u202Efdp.exe', 'POP-OP fdp.exe'],
    ['Plan\u2066 2027\u2069.pdf', 'Plan 2027.pdf'],
    ['\u200F\u200E\u061CWerkboek.json', 'Werkboek.json'],
    ['a/b:c*.pdf', 'a b c.pdf'],
  ])('strips bidi controls that disguise an extension, and unsafe characters, from %j', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });

  it('keeps the extension when it shortens a long name', () => {
    const name = safeFileName(`${'Buurtmoestuin De Linde '.repeat(20)}.pdf`);
    expect(name.length).toBeLessThanOrEqual(150);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('never cuts a character in half', () => {
    const name = safeFileName(`${'😀'.repeat(100)}.pdf`);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('keeps folder and name within the Windows path limit', () => {
    const folder = `C:\\Users\\Ayşe Yılmaz\\Documents\\${'Projecten Wijkzaken\\'.repeat(9)}`;
    const name = safeFileNameIn(folder, `POP-OP 2027 - Ayşe Kovačević-IJzerman ${'x'.repeat(120)}.pdf`);
    expect(win32.join(folder, name).length).toBeLessThanOrEqual(maxWindowsPathLength);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('always gives a name Windows accepts, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        expect(windowsRefuses(safeFileName(input))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
