import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGuideContent } from '../../../../../main/services/guide/load-content';
import { allSynonymGroups, synonymsOf } from '../../../../../main/services/guide/search/dutch-synonyms';
import { guidePassages } from '../../../../../main/services/guide/search/guide-passages';
import { buildSearchIndex, inGuide, searchGuide } from '../../../../../main/services/guide/search/search-index';

const content = loadGuideContent(join(__dirname, '../../../../../resources/content'));
const index = buildSearchIndex(guidePassages(content));

describe('the Dutch synonyms table', () => {
  it('links both ways, accents or not: “burgerbegroting” ↔ “wijkbudget”, “cooperatie” is no synonym of anything', () => {
    expect(synonymsOf('burgerbegroting')).toEqual(expect.arrayContaining(['wijkbudget', 'bewonersbudget']));
    expect(synonymsOf('Wijkbudget')).toContain('burgerbegroting');
    expect(synonymsOf('cooperatie')).toEqual([]);
  });

  it.each(allSynonymGroups.map((group) => [group.join(', '), group] as const))(
    'every word of the group “%s” finds something in the guide',
    (_name, group) => {
      expect(group.some((word) => inGuide(index, word))).toBe(true);
      for (const word of group) expect(searchGuide(index, word).length, word).toBeGreaterThan(0);
    },
  );

  it('a word the user typed ranks above its synonym: “bewonersbudget” first finds the bewonersbudget form', () => {
    expect(searchGuide(index, 'bewonersbudget', 1)[0]?.key).toBe('geld/vorm-bewonersbudget');
  });
});
