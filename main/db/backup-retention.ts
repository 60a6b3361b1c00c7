import type { BackupReason } from '../contract/backup-channels';

/** How many backups of each kind are kept; the newest go first. */
export const backupsKeptByKind: Record<BackupReason, number> = {
  dagelijks: 7,
  'voor-migratie': 3,
  handmatig: 10,
  'voor-terugzetten': 3,
  'voor-import': 3,
};
/** Besides the last daily ones: the newest daily backup of each of this many earlier weeks. */
export const weeklyBackupsKept = 4;

interface Dated {
  fileName: string;
  createdAt: Date;
  reason: string;
  future: boolean;
}

const week = 7 * 24 * 60 * 60 * 1000;

/**
 * Older daily backups kept as weekly ones: per calendar week (fixed weeks counted from
 * 1970) the FIRST backup of that week, which stays the same as days pass, for the
 * `weeklyBackupsKept` most recent weeks. Future-dated ones never count as weekly.
 */
function weeklyKeepers(older: readonly Dated[]): Set<string> {
  const firstOfWeek = new Map<number, string>();
  // `older` is newest first: the last one seen in a week is its first.
  for (const backup of older) {
    if (!backup.future) firstOfWeek.set(Math.floor(backup.createdAt.getTime() / week), backup.fileName);
  }
  const weeks = [...firstOfWeek.keys()].sort((a, b) => b - a).slice(0, weeklyBackupsKept);
  return new Set(weeks.map((bucket) => firstOfWeek.get(bucket) ?? ''));
}

/**
 * Which backups go, by kind: the last 7 daily plus one per week for 4 weeks, the last 3
 * before an import, restore or migration, the last 10 made by hand. Unknown kinds stay.
 * `backups` is newest first with future-dated ones last (as `listBackups` gives them), so
 * a wrong-clock backup is the first of its kind to go.
 */
export function backupsToRemove<T extends Dated>(backups: readonly T[]): T[] {
  const remove: T[] = [];
  for (const [reason, kept] of Object.entries(backupsKeptByKind)) {
    const older = backups.filter((backup) => backup.reason === reason).slice(kept);
    const weekly = reason === 'dagelijks' ? weeklyKeepers(older) : new Set<string>();
    remove.push(...older.filter((backup) => !weekly.has(backup.fileName)));
  }
  return remove;
}
