import type { Database } from 'better-sqlite3';
import { backupIfDue } from '../../db/backups';
import { backupFailureMessage } from './backup-failure';

/** The clock and timer the schedule uses; tests pass a fake one. */
export interface ScheduleClock {
  now(): Date;
  /** Calls `run` every `ms` milliseconds until the returned function is called. */
  every(ms: number, run: () => void): () => void;
}

export const systemClock: ScheduleClock = {
  now: () => new Date(),
  every(ms, run) {
    const timer = setInterval(run, ms);
    // The schedule must never keep a process alive on its own (tests, the host after close).
    timer.unref();
    return () => clearInterval(timer);
  },
};

/** How often the app checks whether a daily backup is due while it stays open. */
export const backupCheckInterval = 60 * 60 * 1000;

/**
 * A daily backup while the app is used: one check at start and one every hour, so an app
 * that stays open for days still makes one each day. A failure never stops the app; it is
 * kept so the data-safety screen can say why there is no recent backup.
 */
export function startBackupSchedule(db: Database, dir: string, clock: ScheduleClock = systemClock) {
  let problem: string | null = null;
  const check = () => {
    try {
      backupIfDue(db, dir, clock.now());
      problem = null;
    } catch (error) {
      problem = backupFailureMessage(error, dir);
    }
  };
  check();
  const stop = clock.every(backupCheckInterval, () => {
    if (db.open) check();
  });
  return { problem: () => problem, stop };
}
export type BackupSchedule = ReturnType<typeof startBackupSchedule>;
