import { once } from '../../contract/once';

/** "€ 15.000": whole euros, Dutch notation. */
export const euros = once(
  () => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
);

/** "92": a score without decimals. */
export const whole = once(() => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }));
