import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDirFor, listBackups } from '../../../../main/db/backups';
import type { ScheduleClock } from '../../../../main/services/backup/backup-schedule';
import { createDirectoryDeliverer } from '../../../../main/services/files/directory-deliverer';
import { openWorkbook } from '../../../../main/services/workbook';
import { testPdfRenderer } from '../../../helpers/pdf-worker';
import { createTempDirs } from '../../../helpers/temp-dir';
import { repoRoot } from '../../../helpers/workbook';

const tempDir = createTempDirs();
const hour = 60 * 60 * 1000;

/** A clock that only moves when the test says so, and runs the app's timers then. */
function fakeClock(start: string) {
  let now = new Date(start);
  const timers: { every: number; next: number; run: () => void }[] = [];
  const clock: ScheduleClock = {
    now: () => now,
    every(ms, run) {
      const timer = { every: ms, next: now.getTime() + ms, run };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
  };
  const advance = (ms: number) => {
    const end = now.getTime() + ms;
    for (;;) {
      const due = timers.filter((timer) => timer.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      now = new Date(due.next);
      due.next += due.every;
      due.run();
    }
    now = new Date(end);
  };
  return { clock, advance };
}

describe('the daily backup while the app stays open', () => {
  it('makes one backup a day during a 50-hour session, none of the still-empty workbook', async () => {
    const dataDir = tempDir();
    const { clock, advance } = fakeClock('2026-11-28T08:00:00Z');
    const workbook = openWorkbook({
      dataDir,
      dataDirSource: 'argument',
      resourcesDir: join(repoRoot, 'resources'),
      app: { name: 'Werkboek Overheidsparticipatie', version: 'test', shell: 'browser' },
      files: createDirectoryDeliverer(join(dataDir, 'exports')),
      pdf: testPdfRenderer(),
      clock,
    });
    expect(listBackups(backupsDirFor(dataDir), clock.now())).toEqual([]);
    advance(30 * 60 * 1000);
    workbook.handlers['guide.notes.save']({ key: 'doen/een-omslag', body: 'Mijn eerste notitie' });
    advance(50 * hour);
    workbook.close();
    const daily = listBackups(backupsDirFor(dataDir), clock.now()).map((backup) => backup.createdAt.toISOString());
    expect(daily).toEqual(['2026-11-30T09:00:00.000Z', '2026-11-29T09:00:00.000Z', '2026-11-28T09:00:00.000Z']);
  });
});
