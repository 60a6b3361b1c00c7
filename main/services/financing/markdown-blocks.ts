import { plainText } from '../guide/search/guide-passages';

export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const listItem = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** The guide's Markdown as plain paragraphs and lists, for the PDF (which has no Markdown). */
export function markdownBlocks(markdown: string): TextBlock[] {
  return markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block): TextBlock => {
      const lines = block.split('\n');
      if (lines.every((line) => listItem.test(line) || /^\s{2,}\S/.test(line))) {
        const items: string[] = [];
        for (const line of lines) {
          if (listItem.test(line)) items.push(line);
          else items[items.length - 1] = `${items.at(-1) ?? ''} ${line.trim()}`;
        }
        return { kind: 'list', items: items.map(plainText) };
      }
      return { kind: 'paragraph', text: plainText(block) };
    });
}
