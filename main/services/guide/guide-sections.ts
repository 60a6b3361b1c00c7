import { UserFacingError } from '../../contract/envelope';
import type { GuideContent } from '../../contract/guide-content';
import { seedStems } from './search/dutch-terms';
import { guidePassages, type Passage } from './search/guide-passages';
import { loadGuideStems } from './search/guide-stems';
import { buildSearchIndex, type SearchIndex, searchGuideCounted } from './search/search-index';

const unknownSection = 'Dit onderdeel van de gids bestaat niet (meer). Je notitie is niet bewaard.';

/**
 * The guide's sections (passages) that notes and bookmarks point at, and the search over them.
 * Both are built on first use: about a few hundred passages, measured in scripts/bench.
 */
export function createGuideSections(content: () => GuideContent, resourcesDir: string) {
  let passagesByKey: Map<string, Passage> | undefined;
  let index: SearchIndex | undefined;
  const passages = () => {
    passagesByKey ??= new Map(guidePassages(content()).map((passage) => [passage.key, passage]));
    return passagesByKey;
  };
  const section = (key: string) => {
    const passage = passages().get(key);
    return passage
      ? { key, pageId: passage.pageId, blockId: passage.blockId, pageTitle: passage.pageTitle, title: passage.title }
      : undefined;
  };
  return {
    section,
    requireSection(key: string) {
      const found = section(key);
      if (!found) throw new UserFacingError('not-found', unknownSection);
      return found;
    },
    search(query: string) {
      if (!index) {
        seedStems(loadGuideStems(resourcesDir));
        index = buildSearchIndex([...passages().values()]);
      }
      return searchGuideCounted(index, query, 30);
    },
  };
}
