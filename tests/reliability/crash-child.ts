/**
 * The child of the crash test: writes through the real workbook (real services, real
 * SQLite file) as fast as it can and prints `ACK <n>` only after a write has returned.
 * The parent kills it with SIGKILL at a random moment.
 */
import { createGuideNotesRepository } from '../../main/db/guide-notes-repository';
import { openTestWorkbook } from '../helpers/workbook';

const dataDir = process.argv[2];
const firstIndex = Number(process.argv[3] ?? 0);
if (!dataDir) throw new Error('usage: crash-child DATA_DIR FIRST_INDEX');

const workbook = openTestWorkbook(dataDir);
const notes = createGuideNotesRepository(workbook.database);
for (let index = firstIndex; ; index += 1) {
  // Two kinds of write: an insert of a new row, and an update of an existing one.
  notes.save(`crash/${index}`, `notitie ${index} ${'x'.repeat(index % 200)}`, new Date().toISOString());
  workbook.handlers['settings.set']({ profile: { name: `ronde ${index}` } });
  process.stdout.write(`ACK ${index}\n`);
}
