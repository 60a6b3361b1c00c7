import { shortText } from './limits';
import { z } from './zod';

/**
 * What the organisation's logo may be: PNG or JPEG (judged by the file's first bytes, not its
 * name), at most 1 MB, and a sensible size in pixels. Documented in docs/limits.md.
 */
export const logoLimits = { maxBytes: 1024 * 1024, minSide: 16, maxSide: 3000 } as const;
export const logoMimeTypes = ['image/png', 'image/jpeg'] as const;
export const logoMimeSchema = z.enum(logoMimeTypes);

export const logoTooLargeMessage =
  'Deze afbeelding is te groot: een logo mag hoogstens 1 MB zijn. Kies een kleinere afbeelding, of sla het logo kleiner op.';

/**
 * What may cross the contract: base64 of up to four times the limit. Main judges the size
 * itself (with a plain message); this only keeps a far larger file from being parsed at all.
 */
const maxBase64Length = Math.ceil((4 * logoLimits.maxBytes) / 3) * 4;

/** The print choices kept under the settings key 'print'. */
export const printPreferencesSchema = z.strictObject({ confidential: z.boolean() });

/** The logo as the renderer shows it in Instellingen. */
export const logoViewSchema = z.object({
  fileName: z.string(),
  mime: logoMimeSchema,
  width: z.number().int(),
  height: z.number().int(),
  /** The bytes as a `data:` URL, for the preview (the page's CSP allows `data:` images). */
  dataUrl: z.string(),
});
export type LogoView = z.infer<typeof logoViewSchema>;

export const printSettingsSchema = z.object({
  /** Print "Vertrouwelijk – personeelsdossier" on the POP-OP (default off). */
  confidential: z.boolean(),
  logo: logoViewSchema.nullable(),
});
export type PrintSettings = z.infer<typeof printSettingsSchema>;

export const logoUploadSchema = z.strictObject({
  /** The name the user's file had; shown in Instellingen, never trusted for the type. */
  fileName: shortText.min(1, 'Kies een bestand.'),
  base64: z
    .string()
    .min(1, 'Dit bestand is leeg. Kies een PNG- of JPEG-afbeelding.')
    .max(maxBase64Length, logoTooLargeMessage)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Dit bestand kon niet worden gelezen. Kies het nog eens.'),
});

/** Channels of Instellingen › Afdrukken: the confidential marking and the organisation's logo on the POP-OP. */
export const printSettingsChannels = {
  'printSettings.get': { input: z.undefined(), output: printSettingsSchema },
  'printSettings.setConfidential': {
    input: z.strictObject({ confidential: z.boolean() }),
    output: printSettingsSchema,
  },
  /** Checks the image in main (type by its bytes, size, pixels) and stores it; a refused file changes nothing. */
  'printSettings.setLogo': { input: logoUploadSchema, output: printSettingsSchema },
  'printSettings.removeLogo': { input: z.undefined(), output: printSettingsSchema },
} as const;
