import { type PrintSettings, printPreferencesSchema } from '../../contract/print-settings-channels';
import type { SettingsImagesRepository } from '../../db/settings-images-repository';
import type { SettingsRepository } from '../../db/settings-repository';
import { checkLogoImage } from './image-check';

/** What a printed POP-OP takes from Instellingen, as plain data for the PDF builder. */
export interface PrintChoices {
  confidential: boolean;
  logo: { bytes: Uint8Array; width: number; height: number } | null;
}

/**
 * Instellingen › Afdrukken: the "Vertrouwelijk – personeelsdossier" marking (off until the
 * user turns it on) and the organisation's logo, checked here before it is stored.
 */
export function createPrintSettingsService({
  settings,
  images,
  now = () => new Date(),
}: {
  settings: SettingsRepository;
  images: SettingsImagesRepository;
  now?: () => Date;
}) {
  const confidential = () => printPreferencesSchema.safeParse(settings.read('print')).data?.confidential ?? false;
  function get(): PrintSettings {
    const logo = images.get('logo');
    return {
      confidential: confidential(),
      logo: logo
        ? {
            fileName: logo.fileName,
            mime: logo.mime,
            width: logo.width,
            height: logo.height,
            dataUrl: `data:${logo.mime};base64,${logo.bytes.toString('base64')}`,
          }
        : null,
    };
  }
  return {
    get,
    setConfidential(value: boolean): PrintSettings {
      settings.write('print', { confidential: value });
      return get();
    },
    /** Refuses (with a Dutch message, storing nothing) what is not a whole PNG or JPEG within the limits. */
    setLogo(upload: { fileName: string; base64: string }): PrintSettings {
      const bytes = Buffer.from(upload.base64, 'base64');
      const image = checkLogoImage(bytes);
      images.put('logo', { ...image, fileName: upload.fileName, bytes, updatedAt: now().toISOString() });
      return get();
    },
    removeLogo(): PrintSettings {
      images.remove('logo');
      return get();
    },
    forPrinting(): PrintChoices {
      const logo = images.get('logo');
      return {
        confidential: confidential(),
        logo: logo ? { bytes: logo.bytes, width: logo.width, height: logo.height } : null,
      };
    },
  };
}
export type PrintSettingsService = ReturnType<typeof createPrintSettingsService>;
