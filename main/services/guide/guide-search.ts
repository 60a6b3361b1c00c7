import type { GuideContent } from '../../contract/guide-content';
import type { UserTextsRepository } from '../../db/user-texts-repository';
import type { createGuideSections } from './guide-sections';
import { seedStems } from './search/dutch-terms';
import { loadGuideStems } from './search/guide-stems';
import { describeOwnText } from './search/own-text-places';
import { createOwnTextSearch } from './search/own-text-search';
import { queryWords } from './search/query-words';
import { buildSearchIndex, inGuide, rankGuide, type SearchIndex } from './search/search-index';

/** Hits of the guide sent to the screen; the count says how many there are in all. */
const guideHitsShown = 30;

/**
 * One search over the guide and the user's own texts. The guide's index is built on the
 * first search (not at start-up); the user's texts are read afresh on every search, so a
 * note typed a second ago is found.
 */
export function createGuideSearch(options: {
  content: () => GuideContent;
  resourcesDir: string;
  sections: ReturnType<typeof createGuideSections>;
  userTexts: UserTextsRepository;
}) {
  let index: SearchIndex | undefined;
  const searchOwnTexts = createOwnTextSearch(describeOwnText(options.content, options.sections.section));
  return function search(query: string) {
    if (!index) {
      seedStems(loadGuideStems(options.resourcesDir));
      index = buildSearchIndex(options.sections.passages());
    }
    const parsed = queryWords(query);
    const guide = rankGuide(index, parsed, guideHitsShown);
    const own = searchOwnTexts(options.userTexts.list(), parsed);
    const searchIndex = index;
    const alsoSearched = [...new Set(parsed.flatMap((word) => word.synonyms))].filter((word) =>
      inGuide(searchIndex, word),
    );
    return { ...guide, own, alsoSearched };
  };
}
