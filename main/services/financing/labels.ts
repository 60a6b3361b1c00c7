import type { ConsiderationId, FinancingFormId } from '../../contract/guide-content';

/** The names the advice texts use; they come from the guide's content. */
export interface AdviceLabels {
  form(id: FinancingFormId): string;
  consideration(id: ConsiderationId): string;
}

/** "A", "A en B", "A, B en C". */
export function joinDutch(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** A name for use inside a sentence: "Lokaal fonds" → "lokaal fonds" (first letter only). */
export function inSentence(name: string): string {
  return name.charAt(0).toLocaleLowerCase('nl-NL') + name.slice(1);
}

/** A sentence start: "lokaal fonds" → "Lokaal fonds". */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl-NL') + text.slice(1);
}
