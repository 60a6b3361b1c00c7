import { useId, useMemo } from 'react';
import { markdownToHtml } from '../../lib/markdown-html';
import { useGuideStore } from '../../stores/guide-store';
import { linkGlossaryTerms } from './glossary-links';
import { glossaryDisclosures } from './glossary-popovers';

/**
 * Guide text with the first mention of each glossary term as a button that shows its
 * definition in place (see glossary-popovers.ts), so reading never leaves the page.
 */
export function GuideMarkdown({ text, exceptTerm }: { text: string; exceptTerm?: string }) {
  const terms = useGuideStore((state) => state.content?.glossary.terms);
  const idPrefix = useId().replace(/[^a-zA-Z0-9-]/g, '');
  const html = useMemo(() => {
    if (!terms) return markdownToHtml(text);
    return glossaryDisclosures(markdownToHtml(linkGlossaryTerms(text, terms, exceptTerm)), terms, `t${idPrefix}`);
  }, [text, terms, exceptTerm, idPrefix]);
  // Our own validated Markdown, raw HTML escaped (markdown-html.ts); the buttons are built from the same content.
  // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered from validated Markdown with HTML escaped
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
