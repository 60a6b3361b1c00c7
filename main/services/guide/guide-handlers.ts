import { join } from 'node:path';
import type { Handlers } from '../../contract/channels';
import type { GuideContent } from '../../contract/guide-content';
import type { WorkbookContext } from '../workbook-context';
import { loadGuideContent } from './load-content';

/** Handlers of De gids. */
export function createGuideHandlers(context: WorkbookContext) {
  // The guide is read on first use, so start-up does not wait for it.
  let guide: GuideContent | undefined;
  const content = () => {
    guide ??= loadGuideContent(join(context.resourcesDir, 'content'));
    return guide;
  };
  return {
    'guide.content': () => content(),
  } satisfies Partial<Handlers>;
}
