import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiffSegment } from '../../../../main/contract/pop-op-channels';
import { diffWords } from '../../../../main/services/pop-op/word-diff';

const side = (segments: DiffSegment[], keep: 'removed' | 'added') =>
  segments
    .filter((segment) => segment.change === 'same' || segment.change === keep)
    .map((segment) => segment.text)
    .join('');

describe('diffWords', () => {
  it('marks a rewritten phrase as one removal and one addition', () => {
    expect(diffWords('Ik werk vanaf mijn bureau.', 'Ik werk buiten in de wijk.')).toEqual([
      { text: 'Ik werk ', change: 'same' },
      { text: 'vanaf mijn bureau.', change: 'removed' },
      { text: 'buiten in de wijk.', change: 'added' },
    ]);
  });

  it('keeps unchanged words in the middle', () => {
    const segments = diffWords('een twee drie vier', 'een zes drie vier vijf');
    expect(segments.filter((s) => s.change !== 'same').map((s) => [s.change, s.text.trim()])).toEqual([
      ['removed', 'twee'],
      ['added', 'zes'],
      ['added', 'vijf'],
    ]);
  });

  it('always gives back both texts exactly (same + removed = before, same + added = after)', () => {
    const word = fc.constantFrom('de', 'wijk', 'raad', 'Şahin', '🎉', 'inwoners', '\n', ' ', '  ', 'café');
    const text = fc.array(word, { maxLength: 40 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const segments = diffWords(before, after);
        expect(side(segments, 'removed')).toBe(before);
        expect(side(segments, 'added')).toBe(after);
      }),
    );
  });

  it('handles two completely different texts of 20.000 characters quickly and exactly', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const started = performance.now();
    const segments = diffWords(before, after);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(side(segments, 'removed')).toBe(before);
    expect(side(segments, 'added')).toBe(after);
  });
});
