import { foldAccents } from './dutch-terms';

/**
 * Words a civil servant may type for what the guide calls otherwise, in groups of equals.
 * A query word in a group also finds the other words of its group (at a lower weight), and
 * the search page offers them as suggestions. Only words the guide itself uses are worth a
 * place here as a target; `tests/main/services/guide/search/dutch-synonyms.test.ts` checks
 * that every group leads to at least one passage of the guide.
 */
const synonymGroups: readonly (readonly string[])[] = [
  ['wijkbudget', 'bewonersbudget', 'burgerbegroting', 'buurtbudget', 'participatiebegroting'],
  ['burgerberaad', 'burgerjury', 'burgertop', 'loting'],
  ['inwoner', 'bewoner', 'burger'],
  ['uitdaagrecht', 'challenge'],
  ['crowdfunding', 'groepsfinanciering'],
  ['leenkring', 'spaarkring'],
  ['raadslid', 'gemeenteraad', 'volksvertegenwoordiger'],
  ['inspraak', 'participatie', 'meedoen'],
];

let byForm: Map<string, readonly string[]> | undefined;

/** The other words of the group a word belongs to (by its accent-free form), or none. */
export function synonymsOf(word: string): readonly string[] {
  byForm ??= new Map(
    synonymGroups.flatMap((group) =>
      group.map((member) => [foldAccents(member), group.filter((other) => other !== member)] as const),
    ),
  );
  return byForm.get(foldAccents(word)) ?? [];
}

/** Every group, for the test that each one leads somewhere in the guide. */
export const allSynonymGroups = synonymGroups;
