import { create } from 'zustand';
import type { BackupInfo, ImportSummary } from '../../../main/contract/backup-channels';
import { maxWorkbookFileCharacters, workbookTooLargeMessage } from '../../../main/contract/backup-channels';
import type { FileDelivery } from '../../../main/contract/file-channels';
import { call } from '../api/client';

/** Where a message belongs: next to the control that caused it. */
export type DataSafetyPlace = 'backup' | 'export' | 'import';

/** Kept over the reload that follows an import, so the screen can say what came in. */
const summaryKey = 'werkboek:import-summary';

interface DataSafetyState {
  folder: string | undefined;
  backups: BackupInfo[];
  /** Why the last automatic backup failed, from main. */
  backupProblem: string | null;
  busy: boolean;
  message: string | undefined;
  errors: Partial<Record<DataSafetyPlace, string>>;
  exported: FileDelivery | undefined;
  /** A file chosen for import, waiting for the user's "yes". */
  pendingImport: { fileName: string; text: string } | undefined;
  imported: ImportSummary | undefined;
  load(): Promise<void>;
  createBackup(): Promise<void>;
  restore(fileName: string): Promise<void>;
  exportWorkbook(): Promise<void>;
  chooseImportFile(file: File): Promise<void>;
  confirmImport(): Promise<void>;
  cancelImport(): void;
}

function takeImportSummary(): ImportSummary | undefined {
  const stored = sessionStorage.getItem(summaryKey);
  sessionStorage.removeItem(summaryKey);
  return stored ? (JSON.parse(stored) as ImportSummary) : undefined;
}

/** Backups, restore, export and import in Instellingen. After a restore or import the page reloads. */
export const useDataSafetyStore = create<DataSafetyState>((set, get) => {
  const run = async (work: () => Promise<void>) => {
    set({ busy: true, errors: {}, message: undefined });
    try {
      await work();
    } finally {
      set({ busy: false });
    }
  };
  const fail = (place: DataSafetyPlace, message: string) => set({ errors: { [place]: message } });
  return {
    folder: undefined,
    backups: [],
    backupProblem: null,
    busy: false,
    message: undefined,
    errors: {},
    exported: undefined,
    pendingImport: undefined,
    imported: takeImportSummary(),
    async load() {
      const result = await call('backup.list', undefined);
      if (!result.ok) return fail('backup', result.error.message);
      set({ folder: result.value.folder, backups: result.value.backups, backupProblem: result.value.problem });
    },
    createBackup: () =>
      run(async () => {
        const result = await call('backup.create', undefined);
        if (!result.ok) return fail('backup', result.error.message);
        set({ message: 'Er is een reservekopie gemaakt.' });
        await get().load();
      }),
    restore: (fileName) =>
      run(async () => {
        const result = await call('backup.restore', { fileName });
        if (!result.ok) return fail('backup', result.error.message);
        // Every screen must show the restored data: start fresh.
        window.location.reload();
      }),
    exportWorkbook: () =>
      run(async () => {
        const result = await call('workbook.export', undefined);
        if (!result.ok) return fail('export', result.error.message);
        set({ exported: result.value });
      }),
    // Not through run(): the confirm step must mount with its button enabled, so it can take the focus.
    async chooseImportFile(file) {
      set({ pendingImport: undefined, imported: undefined, errors: {}, message: undefined });
      // UTF-8 takes at most 3 bytes per character of a JavaScript string (4 for 2).
      if (file.size > maxWorkbookFileCharacters * 3)
        return fail('import', `${workbookTooLargeMessage} Er is niets veranderd.`);
      set({ pendingImport: { fileName: file.name, text: await file.text() } });
    },
    confirmImport: () =>
      run(async () => {
        const pending = get().pendingImport;
        if (!pending) return;
        const result = await call('workbook.import', { text: pending.text });
        set({ pendingImport: undefined });
        if (!result.ok) return fail('import', result.error.message);
        sessionStorage.setItem(summaryKey, JSON.stringify(result.value));
        window.location.reload();
      }),
    cancelImport: () => set({ pendingImport: undefined }),
  };
});
