import type { Handlers } from '../../contract/channels';
import type { WorkbookContext } from '../workbook-context';
import { guideContentFrom } from './guide-content-source';

/** Handlers of De gids. */
export function createGuideHandlers(context: WorkbookContext) {
  return {
    'guide.content': () => guideContentFrom(context.resourcesDir),
  } satisfies Partial<Handlers>;
}
