import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveAsset } from '../../main/static-files';

const root = '/opt/werkboek/out/renderer';

describe('resolveAsset (both shells)', () => {
  it('maps a URL path into the renderer folder', () => {
    expect(resolveAsset(root, '/assets/index.js')).toBe(join(root, 'assets/index.js'));
    expect(resolveAsset(`${root}/`, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAsset(root, '/fonts/IBM%20Plex.woff2')).toBe(join(root, 'fonts/IBM Plex.woff2'));
  });

  it.each([
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%2f..%2f..%2fsecret',
    '/assets/..%5c..%5csecret',
    '/%00',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(resolveAsset(root, path)).toBeUndefined();
  });
});

describe('contentTypeOf', () => {
  it('knows the types the renderer is built of, whatever the case of the extension', () => {
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('assets/index-abc.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('fonts/plex.woff2')).toBe('font/woff2');
    expect(contentTypeOf('icon.svg')).toBe('image/svg+xml');
  });

  it('sends anything else as bytes, never as something a browser would run', () => {
    expect(contentTypeOf('notes.exe')).toBe('application/octet-stream');
    expect(contentTypeOf('README')).toBe('application/octet-stream');
  });
});
