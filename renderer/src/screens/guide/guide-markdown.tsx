import { useMemo } from 'react';
import { Markdown } from '../../components/markdown';
import { useGuideStore } from '../../stores/guide-store';
import { linkGlossaryTerms } from './glossary-links';

/** Guide text with the first mention of each glossary term linked to its entry. */
export function GuideMarkdown({ text, exceptTerm }: { text: string; exceptTerm?: string }) {
  const terms = useGuideStore((state) => state.content?.glossary.terms);
  const linked = useMemo(() => (terms ? linkGlossaryTerms(text, terms, exceptTerm) : text), [text, terms, exceptTerm]);
  return <Markdown text={linked} />;
}
