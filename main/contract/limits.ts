import * as z from 'zod';
import { once } from './once';

/**
 * Maximum lengths of text fields. A longer text is refused with a message that says the
 * maximum; nothing is ever cut off silently. Documented in docs/limits.md.
 */
export const limits = {
  shortText: 200,
  longText: 20_000,
} as const;

const dutchNumber = once(() => new Intl.NumberFormat('nl-NL'));

/** Control characters other than tab, newline and carriage return have no place in typed text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to find control characters
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function text(max: number) {
  return (
    z
      .string()
      // The message is made when a text is too long, so the formatter is not built at start-up.
      .max(max, { error: () => `Deze tekst is te lang: maximaal ${dutchNumber().format(max)} tekens.` })
      .refine(
        (value) => !controlCharacters.test(value),
        'Deze tekst bevat onzichtbare stuurtekens die niet zijn toegestaan.',
      )
  );
}

/** A one-line text such as a name or title (may be empty). */
export const shortText = text(limits.shortText);
/** A free text such as a reflection or note (may be empty). */
export const longText = text(limits.longText);
