import { create } from 'zustand';
import type { BackupInfo } from '../../../main/contract/backup-channels';
import { maxWorkbookFileCharacters, workbookTooLargeMessage } from '../../../main/contract/backup-channels';
import type { FileDelivery } from '../../../main/contract/file-channels';
import { call } from '../api/client';

interface DataSafetyState {
  folder: string | undefined;
  backups: BackupInfo[];
  busy: boolean;
  message: string | undefined;
  error: string | undefined;
  exported: FileDelivery | undefined;
  load(): Promise<void>;
  createBackup(): Promise<void>;
  restore(fileName: string): Promise<void>;
  exportWorkbook(): Promise<void>;
  importWorkbook(file: File): Promise<void>;
}

/** Backups, restore, export and import in Instellingen. After a restore or import the page reloads. */
export const useDataSafetyStore = create<DataSafetyState>((set, get) => {
  const run = async (work: () => Promise<void>) => {
    set({ busy: true, error: undefined, message: undefined });
    try {
      await work();
    } finally {
      set({ busy: false });
    }
  };
  return {
    folder: undefined,
    backups: [],
    busy: false,
    message: undefined,
    error: undefined,
    exported: undefined,
    async load() {
      const result = await call('backup.list', undefined);
      if (result.ok) set({ folder: result.value.folder, backups: result.value.backups });
      else set({ error: result.error.message });
    },
    createBackup: () =>
      run(async () => {
        const result = await call('backup.create', undefined);
        if (!result.ok) return set({ error: result.error.message });
        set({ message: 'Er is een reservekopie gemaakt.' });
        await get().load();
      }),
    restore: (fileName) =>
      run(async () => {
        const result = await call('backup.restore', { fileName });
        if (!result.ok) return set({ error: result.error.message });
        // Every screen must show the restored data: start fresh.
        window.location.reload();
      }),
    exportWorkbook: () =>
      run(async () => {
        const result = await call('workbook.export', undefined);
        if (!result.ok) return set({ error: result.error.message });
        set({ exported: result.value });
      }),
    importWorkbook: (file) =>
      run(async () => {
        // UTF-8 takes at most 3 bytes per character of a JavaScript string (4 for 2).
        if (file.size > maxWorkbookFileCharacters * 3)
          return set({ error: `${workbookTooLargeMessage} Er is niets veranderd.` });
        const text = await file.text();
        const result = await call('workbook.import', { text });
        if (!result.ok) return set({ error: result.error.message });
        window.location.reload();
      }),
  };
});
