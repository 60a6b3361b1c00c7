import { UserFacingError } from '../../contract/envelope';
import type { FileResult, Mirror, Round, RoundComparison } from '../../contract/team-channels';
import type { RoundRow, TeamRoundRepository } from '../../db/team-round-repository';
import { addShareFiles, type IncomingFile } from './add-share-files';
import type { TeamCatalog } from './team-catalog';
import { buildMirror, compareMirrors, type ShownMirror } from './team-mirror';

export interface RoundServiceOptions {
  repository: TeamRoundRepository;
  catalog: () => TeamCatalog;
  now?: () => Date;
}

const roundMissing = 'Deze ronde bestaat niet (meer). Misschien is hij verwijderd.';

/** "Nog 2 deelnemers nodig": the one thing shown below a round's minimum group size. */
export function stillNeededText(needed: number): string {
  return needed === 1 ? 'Nog 1 deelnemer nodig' : `Nog ${needed} deelnemers nodig`;
}

/**
 * Coordinator side: rounds, share files read into them, and the team mirror. The minimum
 * group size is enforced here: below it, no figure of the round leaves main.
 */
export function createRoundService(options: RoundServiceOptions) {
  const { repository } = options;
  const now = () => (options.now ?? (() => new Date()))().toISOString();

  function requireRound(roundId: number): RoundRow {
    const row = repository.round(roundId);
    if (!row) throw new UserFacingError('not-found', roundMissing);
    return row;
  }

  function mirror(roundId: number): Mirror {
    const members = repository.responses(roundId).map((response) => response.answers);
    return buildMirror(requireRound(roundId), members, options.catalog());
  }

  function mirrorOrRefuse(roundId: number): ShownMirror {
    const result = mirror(roundId);
    if (result.kind === 'waiting') {
      throw new UserFacingError(
        'conflict',
        `Ronde “${result.round.name}” heeft nog te weinig deelnemers: ${stillNeededText(result.needed).toLowerCase()}.`,
      );
    }
    return result;
  }

  return {
    list: (): Round[] => repository.rounds(),
    create(input: { name: string; code: string; minimumGroupSize: number }): Round {
      if (repository.codeTaken(input.code)) {
        throw new UserFacingError('conflict', `Er is al een ronde met de code ${input.code}. Kies een andere code.`);
      }
      const minimumGroupSize = Math.max(3, input.minimumGroupSize);
      return requireRound(repository.createRound({ ...input, name: input.name.trim(), minimumGroupSize }, now()));
    },
    delete(roundId: number): null {
      if (!repository.deleteRound(roundId)) throw new UserFacingError('not-found', roundMissing);
      return null;
    },
    addFiles(roundId: number, files: readonly IncomingFile[]): { round: Round; files: FileResult[] } {
      const round = requireRound(roundId);
      const { statementIds } = options.catalog();
      const results = repository.inOneTransaction(() => addShareFiles(repository, round, statementIds, files, now()));
      return { round: requireRound(roundId), files: results };
    },
    mirror,
    mirrorOrRefuse,
    /** Change of the team median per theme from the older round to the newer one. */
    compare(roundId: number, otherRoundId: number): RoundComparison {
      if (roundId === otherRoundId) throw new UserFacingError('invalid-input', 'Kies twee verschillende rondes.');
      return compareMirrors(mirrorOrRefuse(roundId), mirrorOrRefuse(otherRoundId));
    },
  };
}
export type RoundService = ReturnType<typeof createRoundService>;
