import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const declaration = /^\s*(--[\w-]+)\s*:\s*([^;]*);\s*$/gm;
const reference = /var\(\s*(--[\w-]+)/g;

/** Every custom property a text refers to with `var(--name…)`. */
export function referencedProperties(text: string): Set<string> {
  return new Set([...text.matchAll(reference)].map((match) => match[1] ?? ''));
}

/**
 * Keeps only the declarations of a token file that `used` needs, directly or through other
 * tokens. The design-token theme declares ~2,700 properties for every NL Design System
 * component; the app uses a few dozen, and the browser parses them all before first paint.
 * A file that is not one rule of custom properties is returned unchanged.
 */
export function pruneCustomProperties(css: string, used: ReadonlySet<string>): string {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selector = /^\s*([^{}]+?)\s*\{([^{}]*)\}\s*$/.exec(withoutComments);
  if (!selector?.[1] || selector[2] === undefined) return css;
  const values = new Map([...selector[2].matchAll(declaration)].map((match) => [match[1] ?? '', match[2] ?? '']));
  const keep = new Set<string>();
  const queue = [...used];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    const value = values.get(name);
    if (value === undefined || keep.has(name)) continue;
    keep.add(name);
    queue.push(...referencedProperties(value));
  }
  const kept = [...values].filter(([name]) => keep.has(name)).map(([name, value]) => `  ${name}: ${value};`);
  return `${selector[1]} {\n${kept.join('\n')}\n}\n`;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(css|tsx?)$/.test(entry.name) ? [path] : [];
  });
}

/** Vite plugin: prunes the `theme.css` of the design tokens to what the sources in `sourceDir` use. */
export function pruneThemeTokens(sourceDir: string): Plugin {
  let used = new Set<string>();
  return {
    name: 'werkboek:prune-theme-tokens',
    enforce: 'pre',
    buildStart() {
      used = new Set(sourceFiles(sourceDir).flatMap((file) => [...referencedProperties(readFileSync(file, 'utf8'))]));
    },
    transform(code, id) {
      if (!id.replace(/\?.*$/, '').endsWith('voorbeeld-design-tokens/dist/theme.css')) return undefined;
      return { code: pruneCustomProperties(code, used), map: null };
    },
  };
}
