import { UserFacingError } from '../../contract/envelope';
import type { GuideContent } from '../../contract/guide-content';
import { guidePassages, type Passage } from './search/guide-passages';

const unknownSection = 'Dit onderdeel van de gids bestaat niet (meer). Je notitie is niet bewaard.';

/**
 * The guide's sections (passages) that notes and bookmarks point at and the search runs over,
 * built on first use: a few hundred passages.
 */
export function createGuideSections(content: () => GuideContent) {
  let passagesByKey: Map<string, Passage> | undefined;
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
    passages: () => [...passages().values()],
    section,
    requireSection(key: string) {
      const found = section(key);
      if (!found) throw new UserFacingError('not-found', unknownSection);
      return found;
    },
  };
}
export type GuideSections = ReturnType<typeof createGuideSections>;
