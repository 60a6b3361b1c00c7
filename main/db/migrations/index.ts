import type { Migration } from '../migration';
import { initial } from './0001-initial';
import { guide } from './0002-guide';
import { selfAnalyses } from './0003-self-analyses';
import { popOp } from './0004-pop-op';
import { financing } from './0005-financing';
import { financingPurposesAndSchemes } from './0006-financing-purposes-and-schemes';
import { team } from './0007-team';
import { selfAnalysisTotals } from './0008-self-analysis-totals';
import { popOpMeetings } from './0009-pop-op-meetings';
import { talkingPoints } from './0010-talking-points';
import { settingsImages } from './0011-settings-images';

/** All migrations in order. A new file gets the next number and one line here. */
export const migrations: readonly Migration[] = [
  initial,
  guide,
  selfAnalyses,
  popOp,
  financing,
  financingPurposesAndSchemes,
  team,
  selfAnalysisTotals,
  popOpMeetings,
  talkingPoints,
  settingsImages,
];

/** The schema version this code writes. */
export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
