import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../../renderer/src/lib/markdown-html';

describe('markdownToHtml', () => {
  it('keeps https links and links to the app’s own screens', () => {
    expect(markdownToHtml('[site](https://example.nl/a)')).toContain('<a href="https://example.nl/a">site</a>');
    expect(markdownToHtml('[de gids](#/gids/doen)')).toContain('<a href="#/gids/doen">de gids</a>');
  });

  it.each([
    'javascript:alert(1)',
    'http://example.nl',
    'file:///C:/Windows/system32/calc.exe',
    'data:text/html,<b>x</b>',
    '//example.nl',
    'mailto:a@b.nl',
  ])('turns a link to %s into plain text', (href) => {
    const html = markdownToHtml(`[klik hier](${href})`);
    expect(html).not.toContain('<a');
    expect(html).toContain('klik hier');
  });

  it('escapes raw HTML and never loads an image', () => {
    expect(markdownToHtml('<script>x</script>')).not.toContain('<script>');
    expect(markdownToHtml('![een foto](https://example.nl/f.png)')).not.toContain('<img');
  });
});
