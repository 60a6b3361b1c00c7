import { join } from 'node:path';
import type { GuideContent } from '../../contract/guide-content';
import { loadGuideContent } from './load-content';

// One parsed copy per resources folder: features share it, and it is read on first use so start-up does not wait.
const cache = new Map<string, GuideContent>();

/** The guide content under `<resourcesDir>/content`, read and validated once per process. */
export function guideContentFrom(resourcesDir: string): GuideContent {
  let content = cache.get(resourcesDir);
  if (!content) {
    content = loadGuideContent(join(resourcesDir, 'content'));
    cache.set(resourcesDir, content);
  }
  return content;
}
