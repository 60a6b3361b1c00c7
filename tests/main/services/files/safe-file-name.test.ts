import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../../main/services/files/file-deliverer';

describe('safeFileName', () => {
  it.each([
    ['POP-OP \u202Efdp.exe', 'POP-OP fdp.exe'],
    ['Plan\u2066 2027\u2069.pdf', 'Plan 2027.pdf'],
    ['\u200F\u200E\u061CWerkboek.json', 'Werkboek.json'],
    ['a/b:c*.pdf', 'a b c .pdf'],
  ])('strips bidi controls and unsafe characters from %j', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });
});
