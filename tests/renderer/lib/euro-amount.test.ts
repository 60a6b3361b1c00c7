import { describe, expect, it } from 'vitest';
import { formatEuros, parseEuros } from '../../../renderer/src/lib/euro-amount';

describe('parseEuros', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['2500', 2500],
    ['2.500', 2500],
    ['€ 2.500', 2500],
    ['€2.500,-', 2500],
    ['1.250.000', 1_250_000],
    ['25 euro', 25],
  ])('reads %j as %j', (text, value) => {
    expect(parseEuros(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['2500,50', 'zonder centen'],
    ['twee', 'hele euro’s'],
    ['2.50', 'hele euro’s'],
    ['-5', 'hele euro’s'],
    ['2000000000', 'maximaal 1 miljard'],
  ])('refuses %j with a reason', (text, reason) => {
    const result = parseEuros(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(reason);
  });

  it('formats in Dutch', () => {
    expect(formatEuros(12500).replace(/\s/g, ' ')).toBe('€ 12.500');
  });
});
