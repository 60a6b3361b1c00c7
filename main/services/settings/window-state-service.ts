import { z } from '../../contract/zod';
import type { SettingsRepository } from '../../db/settings-repository';

/** Where the main window was, remembered between sessions. */
export const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** Stores the window's bounds in the settings table; a damaged value reads as "nothing stored". */
export function createWindowStateService(repository: SettingsRepository) {
  return {
    read(): WindowState | undefined {
      const parsed = windowStateSchema.safeParse(repository.read('window'));
      return parsed.success ? parsed.data : undefined;
    },
    write(state: WindowState): void {
      repository.write('window', windowStateSchema.parse(state));
    },
  };
}
