import type { ReactNode } from 'react';
import type { GuideContent, Theme } from '../../../../main/contract/guide-content';
import { routeHref } from '../../app/routes';
import { ScreenHeading } from '../../components/screen-heading';
import { useIsFoundBlock } from './found-block';
import { GuideBlock } from './guide-block';
import { GuideMarkdown } from './guide-markdown';
import { ResourceItem } from './resource-item';
import { PageContents, ThemeSequence, themeContents } from './theme-navigation';

/** A heading between blocks that the page's contents can lead to (`#/gids/<page>/<id>`). */
function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={`kop-${id}`} tabIndex={-1} className="guide-section-heading">
      {children}
    </h2>
  );
}

/** One theme of the guide: motto, its contents, explanation, lists, tips, resources and its self-analysis. */
export function ThemePage({ theme, content }: { theme: Theme; content: GuideContent }) {
  return (
    <article className="guide-theme">
      <p className="guide-theme-number">Thema {theme.number}</p>
      <ScreenHeading>{theme.title}</ScreenHeading>
      <p className="guide-motto">{theme.motto}</p>
      <div className="guide-with-contents">
        <PageContents pageId={theme.id} entries={themeContents(theme, content)} />
        <div className="guide-page">
          <ThemeText theme={theme} />
          {theme.id === 'doel' && <PopOpTemplate content={content} />}
          {theme.id === 'geld' && <FinancingOverview content={content} />}
          <ThemeTipsAndResources theme={theme} />
          <ThemeSelfAnalysis theme={theme} content={content} />
          <ThemeSequence theme={theme} content={content} />
        </div>
      </div>
    </article>
  );
}

/** The theme's explanation: its sections and its lists. */
function ThemeText({ theme }: { theme: Theme }) {
  return (
    <>
      {theme.sections.map((section) => (
        <GuideBlock
          key={section.id}
          pageId={theme.id}
          blockId={section.id}
          title={section.title}
          kind={section.kind}
          headingLevel={2}
        >
          <GuideMarkdown text={section.body} />
          {section.credit && <p className="muted">Bron: {section.credit}</p>}
        </GuideBlock>
      ))}
      {theme.lists.map((list) => (
        <GuideBlock key={list.id} pageId={theme.id} blockId={`lijst-${list.id}`} title={list.title} headingLevel={2}>
          {list.intro && <GuideMarkdown text={list.intro} />}
          <ul className="guide-list">
            {list.items.map((item) => (
              <li key={item.name}>
                <strong>{item.name}</strong>
                {item.description && <GuideMarkdown text={item.description} />}
              </li>
            ))}
          </ul>
        </GuideBlock>
      ))}
    </>
  );
}

function ThemeTipsAndResources({ theme }: { theme: Theme }) {
  return (
    <>
      <SectionHeading id="tips">Tips om te beginnen</SectionHeading>
      {theme.tips.map((tip) => (
        <GuideBlock key={tip.id} pageId={theme.id} blockId={`tip-${tip.id}`} title={tip.title} kind="tip">
          <GuideMarkdown text={tip.body} />
        </GuideBlock>
      ))}
      <SectionHeading id="hulpmiddelen">Hulpmiddelen</SectionHeading>
      {theme.resources.map((resource) => (
        <ResourceItem key={resource.id} pageId={theme.id} resource={resource} />
      ))}
    </>
  );
}

/** The statements of the theme's self-analysis, to read; filling it in is under Zelfanalyses. */
function ThemeSelfAnalysis({ theme, content }: { theme: Theme; content: GuideContent }) {
  const analysis = content.selfAnalyses.analyses.find((a) => a.themeId === theme.id);
  if (!analysis) return null;
  return (
    <>
      <SectionHeading id="zelfanalyse">Zelfanalyse: {theme.title}</SectionHeading>
      <p>Geef bij elke stelling aan hoe jij werkt: zeer oneens, oneens, eens of zeer eens.</p>
      <p className="literal-note">{content.selfAnalyses.literalNote}</p>
      <ol className="statement-list">
        {analysis.statements.map((statement) => (
          <StatementItem key={statement.id} statement={statement} />
        ))}
      </ol>
      <p>
        <a href={routeHref('/zelfanalyses')}>Vul de zelfanalyse in bij Zelfanalyses</a>
      </p>
    </>
  );
}

/** A statement; a search result that leads here marks it and gives it focus, as it does a block. */
function StatementItem({ statement }: { statement: { id: string; text: string; explanation?: string | undefined } }) {
  const found = useIsFoundBlock(`stelling-${statement.id}`);
  return (
    <li id={`blok-stelling-${statement.id}`} tabIndex={-1} className={found ? 'guide-statement--found' : undefined}>
      {found && <span className="guide-found-label">Gevonden met je zoekopdracht</span>}
      {statement.text}
      {statement.explanation && (
        <p className="statement-explanation">
          <span className="statement-explanation-label">Uitleg:</span> {statement.explanation}
        </p>
      )}
    </li>
  );
}

function PopOpTemplate({ content }: { content: GuideContent }) {
  return (
    <>
      <SectionHeading id="pop-op">Het POP-OP</SectionHeading>
      <GuideMarkdown text={content.popOp.intro} />
      {content.popOp.questions.map((question) => (
        <GuideBlock
          key={question.id}
          pageId="doel"
          blockId={`pop-op-${question.id}`}
          title={`${question.number}. ${question.title}`}
        >
          <ul>
            {question.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </GuideBlock>
      ))}
      <p>
        <a href={routeHref('/pop-op')}>Schrijf je eigen POP-OP</a>
      </p>
    </>
  );
}

function FinancingOverview({ content }: { content: GuideContent }) {
  const { financing } = content;
  return (
    <>
      <SectionHeading id="afwegingen">Afwegingen bij geld voor een initiatief</SectionHeading>
      <GuideMarkdown text={financing.intro} />
      {financing.considerations.map((consideration) => (
        <GuideBlock
          key={consideration.id}
          pageId="geld"
          blockId={`afweging-${consideration.id}`}
          title={consideration.title}
        >
          <GuideMarkdown text={consideration.explanation} />
        </GuideBlock>
      ))}
      <SectionHeading id="vormen">Negen vormen van financiering</SectionHeading>
      <p>Van veel naar weinig betrokkenheid van de gemeente:</p>
      {financing.forms.map((form) => (
        <GuideBlock key={form.id} pageId="geld" blockId={`vorm-${form.id}`} title={`${form.order}. ${form.name}`}>
          <p className="guide-tagline">{form.tagline}</p>
          <GuideMarkdown text={form.explanation} />
          {form.example && (
            <div className="guide-example">
              <p>
                <strong>Voorbeeld: {form.example.place}</strong>
              </p>
              <GuideMarkdown text={form.example.text} />
            </div>
          )}
        </GuideBlock>
      ))}
      {financing.namedExamples.length > 0 && (
        <>
          <h3>Voorbeelden uit gemeenten</h3>
          <ul>
            {financing.namedExamples.map((example) => (
              <li key={example.place}>
                <strong>{example.place}</strong>: <GuideMarkdown text={example.text} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Steun zonder geld</h3>
      <ul>
        {financing.nonFinancialSupport.map((support) => (
          <li key={support.id}>
            <strong>{support.name}</strong>: <GuideMarkdown text={support.description} />
          </li>
        ))}
      </ul>
      <p>
        <a href={routeHref('/financiering')}>Denk een initiatief door met de Financieringshulp</a>
      </p>
    </>
  );
}
