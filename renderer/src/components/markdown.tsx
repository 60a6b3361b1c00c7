import { useMemo } from 'react';
import { markdownToHtml } from '../lib/markdown-html';

/** Renders the guide's Markdown (headings, lists, quotes, emphasis) into accessible HTML. */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const html = useMemo(() => markdownToHtml(text), [text]);
  // The input is our own validated content; raw HTML is escaped and links are limited (markdown-html.ts).
  // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered from validated Markdown with HTML escaped
  return <div className={className ?? 'prose'} dangerouslySetInnerHTML={{ __html: html }} />;
}
