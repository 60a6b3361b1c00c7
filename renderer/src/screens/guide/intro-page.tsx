import type { Intro } from '../../../../main/contract/guide-content';
import { ScreenHeading } from '../../components/screen-heading';
import { GuideBlock } from './guide-block';
import { GuideMarkdown } from './guide-markdown';

/** The introduction: what overheidsparticipatie is, no blueprint, the short history. */
export function IntroPage({ intro }: { intro: Intro }) {
  return (
    <article className="guide-page">
      <ScreenHeading>{intro.title}</ScreenHeading>
      {intro.sections.map((section) => (
        <GuideBlock
          key={section.id}
          pageId="inleiding"
          blockId={section.id}
          title={section.title}
          kind={section.kind}
          headingLevel={2}
        >
          <GuideMarkdown text={section.body} />
          {section.credit && <p className="muted">Bron: {section.credit}</p>}
        </GuideBlock>
      ))}
    </article>
  );
}
