import { marked, type Tokens } from 'marked';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Where a link may point: a web address over https, or a screen of the app itself
 * (`#/gids/...`). Anything else (javascript:, file:, http:, data:, a bare path) loses its
 * link and keeps its text.
 */
export function isAllowedLink(href: string): boolean {
  return /^https:\/\/[^\s"'<>]+$/i.test(href) || /^#\/[^\s"'<>]*$/.test(href);
}

const renderer = new marked.Renderer();
// The guide's content is Markdown only: any tag is shown as text.
renderer.html = ({ text }) => escapeHtml(text);
renderer.link = function link(token: Tokens.Link) {
  const text = this.parser.parseInline(token.tokens);
  if (!isAllowedLink(token.href)) return text;
  const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
  return `<a href="${escapeHtml(token.href)}"${title}>${text}</a>`;
};
// No image is ever loaded from anywhere: its description is shown instead.
renderer.image = ({ text }) => escapeHtml(text);

/** The guide's Markdown as HTML: raw HTML escaped, links limited to https and the app's own screens. */
export function markdownToHtml(text: string): string {
  return marked.parse(text, { async: false, renderer, gfm: true });
}
