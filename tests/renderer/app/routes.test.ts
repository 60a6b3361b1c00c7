import { describe, expect, it } from 'vitest';
import { parseHash, routeHref, routes } from '../../../renderer/src/app/routes';

describe('the route table', () => {
  it('builds links that parse back to their screen and rest', () => {
    for (const { path } of routes) {
      expect(parseHash(routeHref(path))).toEqual({ path, rest: '' });
    }
    expect(routeHref('/pop-op', 3, 'versies', 7)).toBe('#/pop-op/3/versies/7');
    expect(parseHash(routeHref('/pop-op', 3, 'versies', 7))).toEqual({ path: '/pop-op', rest: '3/versies/7' });
    expect(routeHref('/')).toBe('#/');
  });

  it('sends an unknown hash to the start screen', () => {
    expect(parseHash('#/bestaat-niet/1')).toEqual({ path: '/', rest: '' });
    expect(parseHash('')).toEqual({ path: '/', rest: '' });
  });
});
