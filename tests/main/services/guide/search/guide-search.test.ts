import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGuideContent } from '../../../../../main/services/guide/load-content';
import { guidePassages } from '../../../../../main/services/guide/search/guide-passages';
import { buildSearchIndex, searchGuide } from '../../../../../main/services/guide/search/search-index';

const content = loadGuideContent(join(__dirname, '../../../../../resources/content'));
const index = buildSearchIndex(guidePassages(content));
const topKeys = (query: string, count = 5) => searchGuide(index, query, count).map((hit) => hit.key);

/**
 * Ten and more Dutch queries a civil servant would type, with the passage the guide answers
 * them in. Accent-free and inflected forms must find the same passages.
 */
describe('search in the guide', () => {
  it.each([
    ['crowdfunding', 'geld/vorm-crowdfunding'],
    ['complementair geld', 'geld/vorm-complementair-geld'],
    ['Makkie', 'geld/vorm-complementair-geld'],
    ['leenkring', 'geld/vorm-leenkring'],
    ['bewonersbudget', 'geld/vorm-bewonersbudget'],
    ['symboolwerking', 'geld/afweging-symboolwerking'],
    ['Ridderkerk ambtseed', 'organisatieverandering/'],
    ['burgerjury', 'begrippen/begrip-'],
    ['G1000', 'doen/'],
    ['Paard van Troje', 'organisatieverandering/'],
    ['procesarchitect', 'gemeenteraad/lijst-rollen'],
    ['trapveldje', 'gemeenteraad/'],
    ['Spotify', 'redenen/reden-8'],
  ])('“%s” finds %s among the first results', (query, expected) => {
    expect(
      topKeys(query).some((key) => key.startsWith(expected)),
      topKeys(query).join(', '),
    ).toBe(true);
  });

  it('ignores accents: “cooperatie”, “varieteit” and “efficientie” find the accented words', () => {
    expect(searchGuide(index, 'varieteit').length).toBeGreaterThan(0);
    expect(topKeys('varieteit')).toEqual(topKeys('variëteit'));
    expect(topKeys('efficientie')).toEqual(topKeys('efficiëntie'));
    expect(topKeys('ideeenmakelaar')).toEqual(topKeys('ideeënmakelaar'));
  });

  it('finds inflected forms: “subsidie” finds what “subsidies” finds, “initiatief” what “initiatieven” finds', () => {
    const plural = new Set(searchGuide(index, 'subsidies', 100).map((hit) => hit.key));
    const singular = new Set(searchGuide(index, 'subsidie', 100).map((hit) => hit.key));
    for (const key of plural) expect(singular.has(key), key).toBe(true);
    expect(singular.size).toBeGreaterThan(0);
    const singularInitiative = new Set(searchGuide(index, 'initiatief', 500).map((hit) => hit.key));
    for (const hit of searchGuide(index, 'initiatieven', 500))
      expect(singularInitiative.has(hit.key), hit.key).toBe(true);
  });

  it('narrows with more words and marks the matches in the snippet', () => {
    expect(searchGuide(index, 'geld', 500).length).toBeGreaterThan(searchGuide(index, 'geld crowdfunding', 500).length);
    const [hit] = searchGuide(index, 'crowdfunding', 1);
    expect(hit?.snippet.some((part) => part.match && /crowdfunding/i.test(part.text))).toBe(true);
  });

  it('returns nothing for nonsense or an empty query', () => {
    expect(searchGuide(index, 'qqxzv')).toEqual([]);
    expect(searchGuide(index, '   ')).toEqual([]);
    expect(searchGuide(index, '!!!')).toEqual([]);
  });
});
