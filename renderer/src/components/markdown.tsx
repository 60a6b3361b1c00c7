import { marked } from 'marked';
import { useMemo } from 'react';

/** Escapes raw HTML: the guide's content is Markdown only, so any tag is shown as text. */
const renderer = new marked.Renderer();
renderer.html = ({ text }) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Renders the guide's Markdown (headings, lists, quotes, emphasis) into accessible HTML. */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const html = useMemo(() => marked.parse(text, { async: false, renderer, gfm: true }), [text]);
  // The input is our own validated content and raw HTML is escaped above.
  // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered from validated Markdown with HTML escaped
  return <div className={className ?? 'prose'} dangerouslySetInnerHTML={{ __html: html }} />;
}
