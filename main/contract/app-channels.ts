import { shortText } from './limits';
import { z } from './zod';

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

/** A screen that could not be shown: what went wrong, for the local error log (for IT). */
export const renderErrorSchema = z.strictObject({
  /** The screen's address, e.g. "#/pop-op/3". */
  screen: z.string().max(500),
  message: z.string().max(2000),
  stack: z.string().max(8000),
});
export type RenderError = z.infer<typeof renderErrorSchema>;

/** Channels of the application shell: about the app, its data file and the user's settings. */
export const appChannels = {
  'app.info': { input: noInput, output: appInfoSchema },
  health: { input: noInput, output: healthSchema },
  'settings.get': { input: noInput, output: settingsSchema },
  'settings.set': { input: z.object({ profile: profileSchema.partial().strict() }).strict(), output: settingsSchema },
  /** Writes a render error to the error log in the data folder; answers with the log's path. */
  'app.logError': { input: renderErrorSchema, output: z.object({ logFile: z.string() }) },
} as const;
