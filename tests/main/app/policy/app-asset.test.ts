import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appAssetPath } from '../../../../main/app/policy/app-asset';

const root = '/opt/werkboek/out/renderer';

describe('appAssetPath', () => {
  it('maps app://werkboek paths into the renderer folder', () => {
    expect(appAssetPath('app://werkboek/index.html', root)).toBe(join(root, 'index.html'));
    expect(appAssetPath('app://werkboek/', root)).toBe(join(root, 'index.html'));
    expect(appAssetPath('app://werkboek/assets/index.js?x=1#y', root)).toBe(join(root, 'assets/index.js'));
  });

  it.each([
    'app://werkboek/../../etc/passwd',
    'app://werkboek/%2e%2e/%2e%2e/etc/passwd',
    'app://werkboek/assets/..%2f..%2f..%2fsecret',
    'app://werkboek/assets/..%5c..%5csecret',
    'app://werkboek/%00',
    'app://werkboek/%E0%A4%A',
    'app://other/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    const path = appAssetPath(url, root);
    expect(path === undefined || path.startsWith(`${root}/`)).toBe(true);
    if (
      url.includes('other') ||
      url.includes('%00') ||
      url.includes('%5c') ||
      url === 'not a url' ||
      url.includes('%E0')
    )
      expect(path).toBeUndefined();
  });
});
