import type { RecoveryResult, RecoveryStatus } from '../../contract/backup-channels';
import type { Handlers } from '../../contract/channels';
import { UserFacingError } from '../../contract/envelope';

export const nothingToRecover = 'Het werkboek is in orde; er is niets te herstellen.';

/** The recovery channels while the workbook is open normally: there is nothing to recover. */
export const openRecoveryHandlers = {
  'recovery.status': (): RecoveryStatus => ({ state: 'ok' }),
  'recovery.restore': (): RecoveryResult => {
    throw new UserFacingError('not-found', nothingToRecover);
  },
  'recovery.startEmpty': (): RecoveryResult => {
    throw new UserFacingError('not-found', nothingToRecover);
  },
  'recovery.retry': (): RecoveryStatus => ({ state: 'ok' }),
  'recovery.quit': (): null => {
    throw new UserFacingError('not-found', nothingToRecover);
  },
} satisfies Partial<Handlers>;
