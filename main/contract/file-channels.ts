import * as z from 'zod';

/** How an exported file reached the user: saved by them (Electron), cancelled, or offered as a download (browser). */
export const fileDeliverySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), path: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
  z.object({ kind: z.literal('download'), url: z.string(), fileName: z.string() }),
]);
export type FileDelivery = z.infer<typeof fileDeliverySchema>;

const savedFile = z.strictObject({ path: z.string().min(1).max(4096) });

/** Opening a file the user has just saved, or showing it in its folder. Only paths this session saved are accepted. */
export const fileChannels = {
  'file.open': { input: savedFile, output: z.null() },
  'file.showInFolder': { input: savedFile, output: z.null() },
} as const;
