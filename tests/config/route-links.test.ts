import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const rendererDir = join(__dirname, '../../renderer/src');
/** The one place that writes a hash: the route table's `routeHref`. */
const allowed = new Set(['app/routes.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Lines of code (not comments) that spell out an app link such as "#/pop-op/3" by hand. */
function literalRouteLinks(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .filter((line) => /["'`(]#\//.test(line));
}

describe('links come from the route table', () => {
  it('no screen spells out a #/ link by hand; each uses routeHref', () => {
    const offenders = sourceFiles(rendererDir)
      .filter((file) => !allowed.has(relative(rendererDir, file)))
      .flatMap((file) =>
        literalRouteLinks(readFileSync(file, 'utf8')).map((line) => `${relative(rendererDir, file)}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the check bites on a hand-written link and lets comments and routeHref pass', () => {
    expect(literalRouteLinks('<a href="#/pop-op">Alle plannen</a>')).toHaveLength(1);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the probe is a line of source text, not a template
    expect(literalRouteLinks('return `#/pop-op/${id}`;')).toHaveLength(1);
    expect(literalRouteLinks("location.hash = '#/';")).toHaveLength(1);
    expect(literalRouteLinks('// `#/gids/...` is parsed here')).toHaveLength(0);
    expect(literalRouteLinks("<a href={routeHref('/pop-op', id)}>")).toHaveLength(0);
  });
});
