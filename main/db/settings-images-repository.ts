import type { Database } from 'better-sqlite3';

export type SettingsImageKey = 'logo';

/** An image row as stored (see migration 11). */
export interface SettingsImage {
  fileName: string;
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  bytes: Buffer;
  updatedAt: string;
}

interface Row {
  file_name: string;
  mime: SettingsImage['mime'];
  width: number;
  height: number;
  bytes: Buffer;
  updated_at: string;
}

/** Images of Instellingen (the organisation's logo), one per key. Callers check an image before it is put. */
export function createSettingsImagesRepository(db: Database) {
  const select = db.prepare<[SettingsImageKey], Row>(
    'SELECT file_name, mime, width, height, bytes, updated_at FROM settings_images WHERE key = ?',
  );
  const upsert = db.prepare<[SettingsImageKey, string, string, number, number, Buffer, string]>(
    `INSERT INTO settings_images (key, file_name, mime, width, height, bytes, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET file_name = excluded.file_name, mime = excluded.mime, width = excluded.width,
       height = excluded.height, bytes = excluded.bytes, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare<[SettingsImageKey]>('DELETE FROM settings_images WHERE key = ?');
  return {
    get(key: SettingsImageKey): SettingsImage | undefined {
      const row = select.get(key);
      if (!row) return undefined;
      const { file_name: fileName, mime, width, height, bytes, updated_at: updatedAt } = row;
      return { fileName, mime, width, height, bytes, updatedAt };
    },
    put(key: SettingsImageKey, image: SettingsImage): void {
      upsert.run(key, image.fileName, image.mime, image.width, image.height, image.bytes, image.updatedAt);
    },
    remove(key: SettingsImageKey): void {
      remove.run(key);
    },
  };
}
export type SettingsImagesRepository = ReturnType<typeof createSettingsImagesRepository>;
