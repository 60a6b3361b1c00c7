import type { Handlers } from '../../contract/channels';
import type { WorkbookContext } from '../workbook-context';
import type { RoundService } from './round-service';
import type { ShareService } from './share-service';

/** Handlers of the Teamspiegel: sharing (member) and rounds with their mirror (coordinator). */
export function createTeamHandlers(
  context: WorkbookContext,
  { teamShare: share, teamRounds: rounds }: { teamShare: ShareService; teamRounds: RoundService },
) {
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
      const bytes = await context.pdf.render('team', mirror);
      return context.files.deliver({ suggestedName: `Teamspiegel - ${mirror.round.name}.pdf`, bytes, kind: 'pdf' });
    },
  } satisfies Partial<Handlers>;
}
