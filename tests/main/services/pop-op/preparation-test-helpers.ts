import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { RunScope } from '../../../../main/contract/self-analysis-channels';
import { createPopOpMeetingRemindersRepository } from '../../../../main/db/pop-op-meeting-reminders-repository';
import { createPopOpMeetingsRepository } from '../../../../main/db/pop-op-meetings-repository';
import { createPopOpRepository } from '../../../../main/db/pop-op-repository';
import { createPopOpVersionsRepository } from '../../../../main/db/pop-op-versions-repository';
import { createSelfAnalysisRepository } from '../../../../main/db/self-analysis-repository';
import { createTalkingPointsRepository } from '../../../../main/db/talking-points-repository';
import { writeTransaction } from '../../../../main/db/write-transaction';
import { guideContentLoader } from '../../../../main/services/guide/guide-content-cache';
import { createMeetingService } from '../../../../main/services/pop-op/meeting-service';
import { createPopOpService } from '../../../../main/services/pop-op/pop-op-service';
import { createPreparationService } from '../../../../main/services/pop-op/preparation-service';
import { createSelfAnalysisService } from '../../../../main/services/self-analysis/self-analysis-service';
import { repoRoot } from '../../../helpers/workbook';

/** A clock the test moves by hand, so versions and runs get the dates the test needs. */
export function handClock(start: string) {
  let now = new Date(start);
  return {
    now: () => now,
    set(moment: string) {
      now = new Date(moment);
    },
  };
}

/** The POP-OP, self-analysis, meeting and preparation services on a real (migrated) database, all on one clock. */
export function preparationServices(db: Database, now: () => Date) {
  const guide = guideContentLoader(join(repoRoot, 'resources'));
  const selfAnalyses = createSelfAnalysisService({ repository: createSelfAnalysisRepository(db), content: guide, now });
  const plans = createPopOpRepository(db);
  const versions = createPopOpVersionsRepository(db);
  const inTransaction = <T>(work: () => T): T => writeTransaction(db, work)();
  const popOp = createPopOpService({
    plans,
    versions,
    inTransaction,
    guide,
    profile: () => ({ name: 'Ayşe Kovačević', jobTitle: '', organisation: '', department: '', manager: 'Jan Şahin' }),
    now,
  });
  const meetings = createMeetingService({
    popOp,
    plans,
    versions,
    meetings: createPopOpMeetingsRepository(db),
    reminders: createPopOpMeetingRemindersRepository(db),
    inTransaction,
    now,
  });
  const preparation = createPreparationService({
    popOp,
    selfAnalyses,
    talkingPoints: createTalkingPointsRepository(db),
    meetings,
    now,
  });
  /** A run with every statement of its scope answered `value`. */
  const completeRun = (scope: RunScope, value: number) => {
    const run = selfAnalyses.start(scope);
    for (const theme of selfAnalyses.questionnaire().themes) {
      if (scope !== 'all' && scope !== theme.id) continue;
      for (const statement of theme.statements)
        selfAnalyses.answer({ runId: run.id, statementId: statement.id, value });
    }
    return run.id;
  };
  return { selfAnalyses, popOp, meetings, preparation, completeRun };
}
