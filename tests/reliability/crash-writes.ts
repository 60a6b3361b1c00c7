/** The guide's 27 statement ids (Doen 5, Doel 5, Gemeenteraad 6, Geld 5, Organisatieverandering 6). */
const statementIds = (
  [
    ['doen', 5],
    ['doel', 5],
    ['gemeenteraad', 6],
    ['geld', 5],
    ['organisatieverandering', 6],
  ] as const
).flatMap(([theme, count]) => Array.from({ length: count }, (_, index) => `${theme}-${index + 1}`));

/** Guide blocks that exist, so a note on them is accepted; one per step, in turn. */
const noteKeys = ['doen/een-omslag', 'doen/mooie-woorden', 'doen/eerst-naar-buiten', 'doen/stap-1-is-doen'];

/**
 * What step `index` of the crash child writes. Deterministic, so the parent can check after a
 * kill that every acknowledged step is in the file exactly as written.
 */
export function crashWrites(index: number) {
  return {
    /** Every statement in turn: the next write to the same one is 27 steps later. */
    statementId: statementIds[index % statementIds.length] ?? 'doen-1',
    answer: 1 + (Math.floor(index / statementIds.length) % 4),
    planText: `stap ${index} ${'tekst '.repeat(index % 50)}`,
    noteKey: noteKeys[index % noteKeys.length] ?? 'doen/een-omslag',
    noteBody: `notitie ${index} ${'x'.repeat(index % 200)}`,
    profileName: `ronde ${index}`,
  };
}

/** The step number in a text written by `crashWrites` ("stap 12 …", "ronde 12", "notitie 12 …"). */
export function stepOf(text: string): number {
  return Number(/\d+/.exec(text)?.[0] ?? -1);
}
