import type { FileResult } from '../../contract/team-channels';
import type { StoredResponse, TeamRoundRepository } from '../../db/team-round-repository';
import { checkShareFile } from './share-file';

export interface IncomingFile {
  name: string;
  size: number;
  text: string;
}

const added = 'Toegevoegd.';
const replaced = 'Toegevoegd. Deze deelnemer had al eerder gedeeld: de oude antwoorden zijn vervangen.';

/**
 * Reads share files into a round, one by one: each is checked completely first, and a
 * refused file leaves nothing behind. A member sharing again replaces their earlier answers;
 * an older file never overwrites a newer one, and the same member twice in one choice counts once.
 */
export function addShareFiles(
  repository: TeamRoundRepository,
  round: { id: number; code: string },
  statementIds: readonly string[],
  files: readonly IncomingFile[],
  now: string,
): FileResult[] {
  const seen = new Map<string, string>();
  return files.map((incoming): FileResult => {
    const refused = (message: string): FileResult => ({ name: incoming.name, outcome: 'refused', message });
    const check = checkShareFile(incoming, { roundCode: round.code, statementIds });
    if (!check.ok) return refused(check.message);
    const { file } = check;
    const earlierInChoice = seen.get(file.respondentId);
    if (earlierInChoice !== undefined) {
      return refused(
        `Dit bestand is van dezelfde deelnemer als “${earlierInChoice}”. Die telt maar één keer; er is niets van dit bestand opgeslagen.`,
      );
    }
    seen.set(file.respondentId, incoming.name);
    const storedMonth = repository.storedMonth(round.id, file.respondentId);
    if (storedMonth !== undefined && storedMonth > file.month) {
      return refused(
        'De ronde heeft al nieuwere antwoorden van deze deelnemer. Dit oudere bestand is niet opgeslagen.',
      );
    }
    const response: StoredResponse = {
      respondentId: file.respondentId,
      month: file.month,
      answers: new Map(
        Object.entries(file.answers).flatMap(([id, value]) => (value === null ? [] : [[id, value] as const])),
      ),
    };
    repository.saveResponse(round.id, response, now);
    return {
      name: incoming.name,
      outcome: storedMonth === undefined ? 'added' : 'replaced',
      message: storedMonth === undefined ? added : replaced,
    };
  });
}
