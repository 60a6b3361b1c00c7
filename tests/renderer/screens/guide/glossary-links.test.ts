import { describe, expect, it } from 'vitest';
import { linkGlossaryTerms } from '../../../../renderer/src/screens/guide/glossary-links';

const terms = [
  { id: 'g1000', term: 'G1000', aliases: [] },
  { id: 'burgerparticipatie', term: 'burgerparticipatie', aliases: [] },
  { id: 'overheidsparticipatie', term: 'overheidsparticipatie', aliases: ['Overheidsparticipatie'] },
  { id: 'maatschappelijk-initiatief', term: 'maatschappelijk initiatief', aliases: ['maatschappelijke initiatieven'] },
];

describe('linkGlossaryTerms', () => {
  it('links the first mention of each term, case-insensitively, keeping the original words', () => {
    expect(linkGlossaryTerms('Een G1000 is anders dan een g1000-achtige avond. Ook de G1000 telt.', terms)).toBe(
      'Een [G1000](#/gids/begrippen/begrip-g1000) is anders dan een g1000-achtige avond. Ook de G1000 telt.',
    );
  });

  it('prefers the longest name and does not link inside other words', () => {
    expect(linkGlossaryTerms('Bij burgerparticipatie en overheidsparticipatie-beleid.', terms)).toBe(
      'Bij [burgerparticipatie](#/gids/begrippen/begrip-burgerparticipatie) en overheidsparticipatie-beleid.',
    );
    expect(linkGlossaryTerms('Twee maatschappelijke initiatieven.', terms)).toBe(
      'Twee [maatschappelijke initiatieven](#/gids/begrippen/begrip-maatschappelijk-initiatief).',
    );
  });

  it('leaves existing links alone and never links a term to itself', () => {
    expect(linkGlossaryTerms('[G1000](https://example.org) en G1000', terms)).toBe(
      '[G1000](https://example.org) en [G1000](#/gids/begrippen/begrip-g1000)',
    );
    expect(linkGlossaryTerms('De G1000 is een burgertop.', terms, 'g1000')).toBe('De G1000 is een burgertop.');
  });
});
