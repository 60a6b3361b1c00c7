import type { Glossary } from '../../../../main/contract/guide-content';
import { ScreenHeading } from '../../components/screen-heading';
import { GuideBlock } from './guide-block';
import { GuideMarkdown } from './guide-markdown';

/** The glossary, alphabetical; terms in the guide link here. */
export function GlossaryPage({ glossary }: { glossary: Glossary }) {
  const terms = [...glossary.terms].sort((a, b) => a.term.localeCompare(b.term, 'nl'));
  return (
    <article className="guide-page">
      <ScreenHeading>Begrippenlijst</ScreenHeading>
      <p>Woorden die je in de gids tegenkomt, kort uitgelegd.</p>
      {terms.map((term) => (
        <GuideBlock key={term.id} pageId="begrippen" blockId={`begrip-${term.id}`} title={term.term} headingLevel={2}>
          <GuideMarkdown text={term.definition} exceptTerm={term.id} />
        </GuideBlock>
      ))}
    </article>
  );
}
