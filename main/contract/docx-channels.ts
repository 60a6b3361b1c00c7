import { fileDeliverySchema } from './file-channels';
import { popOpChannels } from './pop-op-channels';
import { preparationChannels } from './preparation-channels';

/**
 * Word copies (.docx) for the HR system: the same content as a PDF export, editable. Each takes
 * the input of its PDF export, so the screen offers both with the same choices.
 */
export const docxChannels = {
  'popOp.exportDocx': { input: popOpChannels['popOp.export'].input, output: fileDeliverySchema },
  'popOp.preparation.exportDocx': {
    input: preparationChannels['popOp.preparation.export'].input,
    output: fileDeliverySchema,
  },
} as const;
