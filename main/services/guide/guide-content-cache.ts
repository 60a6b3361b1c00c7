import { join } from 'node:path';
import type { GuideContent } from '../../contract/guide-content';
import { loadGuideContent } from './load-content';

/**
 * The guide's content, read and validated on first use (not at start-up) and then kept:
 * one instance per resources folder, shared by every feature that needs the guide.
 */
export function guideContentLoader(resourcesDir: string): () => GuideContent {
  let content: GuideContent | undefined;
  return () => {
    content ??= loadGuideContent(join(resourcesDir, 'content'));
    return content;
  };
}
