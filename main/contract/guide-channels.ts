import { z } from 'zod';
import { guideContentSchema } from './guide-content';

/** Channels of De gids. */
export const guideChannels = {
  'guide.content': { input: z.undefined(), output: guideContentSchema },
} as const;
