const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** "€ 12.500" for 12500. */
export function formatEuros(amount: number): string {
  return euros.format(amount);
}

/**
 * Reads an amount as people type it in the Netherlands: "2500", "2.500", "€ 2.500", "2.500,-".
 * Empty means unknown (null); anything else that is not whole euros is refused with a reason.
 */
export function parseEuros(text: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const cleaned = text
    .replace(/€|eur(o|o's)?/gi, '')
    .replace(/,-+$/, '')
    .replace(/[\s\u00a0]/g, '');
  if (cleaned === '') return { ok: true, value: null };
  if (/,\d/.test(cleaned)) return { ok: false, message: 'Vul hele euro’s in, zonder centen.' };
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(cleaned))
    return { ok: false, message: 'Vul een bedrag in hele euro’s in, bijvoorbeeld 2500 of 2.500.' };
  const value = Number(cleaned.replaceAll('.', ''));
  if (value > 1_000_000_000) return { ok: false, message: 'Het bedrag is te groot: maximaal 1 miljard euro.' };
  return { ok: true, value };
}
