import { describe, expect, it } from 'vitest';
import { type MenuItemSpec, menuTemplate } from '../../../../main/app/policy/menu-template';
import { isScreenPath } from '../../../../main/contract/screens';

const flatten = (items: MenuItemSpec[]): MenuItemSpec[] =>
  items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);

describe('the application menu', () => {
  it('opens screens of the route table only, by path', () => {
    const targets = flatten(menuTemplate()).flatMap((item) => (item.navigate ? [[item.label, item.navigate]] : []));
    expect(targets).toEqual([
      ['Instellingen', '/instellingen'],
      ['Over Werkboek Overheidsparticipatie', '/over'],
    ]);
    for (const [, path] of targets) expect(isScreenPath(path)).toBe(true);
  });
});
