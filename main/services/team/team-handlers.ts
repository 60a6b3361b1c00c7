import type { Handlers } from '../../contract/channels';
import { createSelfAnalysisRepository } from '../../db/self-analysis-repository';
import { createTeamRespondentRepository } from '../../db/team-respondent-repository';
import { createTeamRoundRepository } from '../../db/team-round-repository';
import { createSelfAnalysisService } from '../self-analysis/self-analysis-service';
import type { WorkbookContext } from '../workbook-context';
import { createRoundService } from './round-service';
import { createShareService } from './share-service';
import { buildTeamCatalog, type TeamCatalog } from './team-catalog';
import { teamPdf } from './team-pdf';

/** Handlers of the Teamspiegel: sharing (member) and rounds with their mirror (coordinator). */
export function createTeamHandlers(context: WorkbookContext) {
  let cachedCatalog: TeamCatalog | undefined;
  const catalog = () => {
    cachedCatalog ??= buildTeamCatalog(context.guide());
    return cachedCatalog;
  };
  const selfAnalyses = createSelfAnalysisService({
    repository: createSelfAnalysisRepository(context.db),
    content: context.guide,
  });
  const share = createShareService({
    respondents: createTeamRespondentRepository(context.db),
    catalog,
    run: (runId) => selfAnalyses.get(runId),
  });
  const rounds = createRoundService({ repository: createTeamRoundRepository(context.db), catalog });

  return {
    'team.sharePreview': ({ runId, roundCode }) => share.preview(runId, roundCode),
    'team.share': async ({ runId, roundCode }) => {
      const preview = share.preview(runId, roundCode);
      const delivery = await context.files.deliver({
        suggestedName: preview.fileName,
        bytes: Buffer.from(preview.content, 'utf8'),
        kind: 'teamspiegel',
      });
      if (delivery.kind !== 'cancelled') share.markShared(roundCode);
      return delivery;
    },
    'team.rounds.list': () => rounds.list(),
    'team.rounds.create': (input) => rounds.create(input),
    'team.rounds.delete': ({ roundId }) => rounds.delete(roundId),
    'team.rounds.addFiles': ({ roundId, files }) => rounds.addFiles(roundId, files),
    'team.rounds.mirror': ({ roundId }) => rounds.mirror(roundId),
    'team.rounds.compare': ({ roundId, otherRoundId }) => rounds.compare(roundId, otherRoundId),
    'team.rounds.exportPdf': async ({ roundId }) => {
      const mirror = rounds.mirrorOrRefuse(roundId);
      const bytes = await teamPdf(mirror, { resourcesDir: context.resourcesDir });
      return context.files.deliver({ suggestedName: `Teamspiegel - ${mirror.round.name}.pdf`, bytes, kind: 'pdf' });
    },
  } satisfies Partial<Handlers>;
}
