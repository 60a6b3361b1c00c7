import * as z from 'zod';
import { shortText } from './limits';

/** The user's profile, kept in Instellingen and printed on the POP-OP. */
export const profileSchema = z.strictObject({
  name: shortText,
  jobTitle: shortText,
  organisation: shortText,
  department: shortText,
  manager: shortText,
});
export type Profile = z.infer<typeof profileSchema>;

export const settingsSchema = z.object({ profile: profileSchema });
export type Settings = z.infer<typeof settingsSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** 'electron' in the desktop app, 'browser' in the browser host. */
  shell: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const healthSchema = z.object({
  schemaVersion: z.number().int(),
  dataFile: z.string(),
  dataDirSource: z.enum(['argument', 'environment', 'default', 'portable']),
});
export type Health = z.infer<typeof healthSchema>;

const noInput = z.undefined();

/** Channels of the application shell: about the app, its data file and the user's settings. */
export const appChannels = {
  'app.info': { input: noInput, output: appInfoSchema },
  health: { input: noInput, output: healthSchema },
  'settings.get': { input: noInput, output: settingsSchema },
  'settings.set': { input: z.object({ profile: profileSchema.partial().strict() }).strict(), output: settingsSchema },
} as const;
