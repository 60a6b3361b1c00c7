import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneCustomProperties, referencedProperties } from '../../scripts/vite/prune-theme-tokens';

const theme = `/**
 * Do not edit directly.
 */

.voorbeeld-theme {
  --a: var(--b);
  --b: var(--c, 4px) var(--d);
  --c: #fff;
  --d: 1px;
  --unused: var(--c);
  --other: red;
}
`;

describe('pruneCustomProperties', () => {
  it('keeps the used tokens and every token they refer to, and drops the rest', () => {
    expect(pruneCustomProperties(theme, new Set(['--a']))).toBe(
      '.voorbeeld-theme {\n  --a: var(--b);\n  --b: var(--c, 4px) var(--d);\n  --c: #fff;\n  --d: 1px;\n}\n',
    );
  });

  it('leaves a file it does not understand (more than one rule) unchanged', () => {
    const twoRules = `${theme}\n.x { color: red; }\n`;
    expect(pruneCustomProperties(twoRules, new Set(['--a']))).toBe(twoRules);
  });

  it('keeps every token the renderer styles use from the real theme', () => {
    const root = join(__dirname, '../..');
    const real = readFileSync(
      join(root, 'node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
      'utf8',
    );
    const used = referencedProperties(readFileSync(join(root, 'renderer/src/styles/base.css'), 'utf8'));
    const pruned = pruneCustomProperties(real, used);
    expect(pruned.length).toBeLessThan(real.length / 10);
    for (const name of used) {
      if (real.includes(`${name}:`)) expect(pruned).toContain(`${name}:`);
    }
  });
});
