// Runs a dev tool's own JavaScript entry point with this Node. Spawning `npm`/`npx` by name
// fails on Windows without a shell (they are `npm.cmd`/`npx.cmd` there), and a shell brings
// quoting trouble with paths that hold spaces; `process.execPath` + the entry works everywhere.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(resolve(import.meta.dirname, '..', '..', 'package.json'));

/** The JavaScript file behind a package's command, e.g. ('typescript', 'tsc'). */
export function toolEntry(packageName, binName) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const relative = typeof bin === 'string' ? bin : bin?.[binName];
  if (!relative) throw new Error(`${packageName} heeft geen opdracht ${binName}`);
  return join(dirname(manifestPath), relative);
}

/** Runs the tool in the foreground with inherited output; returns its exit code. */
export function runTool(packageName, binName, args, options = {}) {
  const result = spawnSync(process.execPath, [toolEntry(packageName, binName), ...args], {
    stdio: 'inherit',
    ...options,
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}
