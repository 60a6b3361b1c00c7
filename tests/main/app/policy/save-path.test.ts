import { describe, expect, it } from 'vitest';
import { normaliseSavePath } from '../../../../main/app/policy/save-path';

describe('normaliseSavePath', () => {
  it('keeps a path with the right extension and appends it when missing', () => {
    expect(normaliseSavePath('/home/anna/POP-OP 2027.pdf', 'pdf')).toBe('/home/anna/POP-OP 2027.pdf');
    expect(normaliseSavePath('/home/anna/POP-OP 2027.PDF', 'pdf')).toBe('/home/anna/POP-OP 2027.PDF');
    expect(normaliseSavePath('/home/anna/POP-OP 2027', 'pdf')).toBe('/home/anna/POP-OP 2027.pdf');
    expect(normaliseSavePath('/home/anna/werkboek.pdf', 'json')).toBe('/home/anna/werkboek.pdf.json');
    expect(normaliseSavePath('/home/anna/POP-OP 2027', 'docx')).toBe('/home/anna/POP-OP 2027.docx');
    expect(normaliseSavePath('/home/anna/POP-OP 2027.doc', 'docx')).toBe('/home/anna/POP-OP 2027.doc.docx');
  });

  it.each([undefined, null, '', '   ', 'relative/file.pdf', '/tmp/a\0b.pdf', 42, { path: '/x.pdf' }])(
    'refuses %j',
    (path) => {
      expect(normaliseSavePath(path, 'pdf')).toBeUndefined();
    },
  );
});
