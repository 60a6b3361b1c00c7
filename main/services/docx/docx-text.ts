/**
 * Shown instead of a character that XML 1.0 cannot hold (control characters, lone surrogates,
 * U+FFFE/U+FFFF): the same visible marker as the PDFs use for what they cannot draw, so nothing
 * vanishes silently and Word never meets an illegal character (it would ask to repair the file).
 */
export const replacedCharacterMarker = '\uFFFD';

/**
 * Characters XML 1.0 forbids (C0 controls but tab and newline, lone surrogates, U+FFFE and
 * U+FFFF) and the C1 controls, which XML allows but which Word shows as nothing useful.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go
const unwritableCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
/** Half of a surrogate pair without its other half: not a character at all. */
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** User text made safe for a Word document: line ends normalised, unwritable characters marked. */
export function wordSafeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(unwritableCharacters, replacedCharacterMarker)
    .replace(loneSurrogates, replacedCharacterMarker);
}

/** One line of a text as pieces between tabs, so a typed tab stays a tab in Word. */
export function splitTabs(line: string): string[] {
  return line.split('\t');
}
