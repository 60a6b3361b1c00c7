import { randomUUID } from 'node:crypto';
import { UserFacingError } from '../../contract/envelope';
import type { RunDetail } from '../../contract/self-analysis-channels';
import type { SharePreview } from '../../contract/team-channels';
import type { TeamRespondentRepository } from '../../db/team-respondent-repository';
import { type ShareFile, shareFileExtension, shareFileFormat, shareFileText, shareFileVersion } from './share-file';
import type { TeamCatalog } from './team-catalog';

export interface ShareServiceOptions {
  respondents: TeamRespondentRepository;
  catalog: () => TeamCatalog;
  /** A stored self-analysis run (throws a Dutch not-found when missing). */
  run: (runId: number) => RunDetail;
  now?: () => Date;
}

/** Member side: what a share file holds, made from a complete run under this workbook's id for the round. */
export function createShareService(options: ShareServiceOptions) {
  const now = () => (options.now ?? (() => new Date()))().toISOString();

  function shareFile(runId: number, roundCode: string): { file: ShareFile; sharedBefore: boolean } {
    const run = options.run(runId);
    if (!run.complete) {
      throw new UserFacingError(
        'invalid-input',
        'Je kunt alleen een complete zelfanalyse delen. Beantwoord eerst alle stellingen van deze zelfanalyse.',
      );
    }
    const respondent = options.respondents.getOrCreate(roundCode, randomUUID, now());
    const answers: Record<string, number | null> = {};
    for (const id of options.catalog().statementIds) answers[id] = run.answers[id] ?? null;
    return {
      file: {
        format: shareFileFormat,
        version: shareFileVersion,
        roundCode,
        respondentId: respondent.respondentId,
        month: run.createdAt.slice(0, 7),
        answers,
      },
      sharedBefore: respondent.sharedAt !== null,
    };
  }

  return {
    preview(runId: number, roundCode: string): SharePreview {
      const { file, sharedBefore } = shareFile(runId, roundCode);
      const values = Object.values(file.answers);
      return {
        roundCode,
        month: file.month,
        answeredCount: values.filter((value) => value !== null).length,
        statementCount: values.length,
        sharedBefore,
        fileName: `Teamspiegel ${roundCode}.${shareFileExtension}`,
        content: shareFileText(file),
      };
    },
    markShared(roundCode: string): void {
      options.respondents.markShared(roundCode, now());
    },
  };
}
export type ShareService = ReturnType<typeof createShareService>;
