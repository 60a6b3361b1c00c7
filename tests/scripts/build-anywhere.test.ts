import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const parent = mkdtempSync(join(tmpdir(), 'werkboek-bouw-'));
// A folder name with a space and a non-ASCII letter, as under C:\Users\Ayşe Yılmaz\ on Windows.
const clone = join(parent, 'Werkboek Ayşe');
afterAll(() => rmSync(parent, { recursive: true, force: true }));

/** The project's files as git sees them (tracked and new, not ignored) from the working tree, node_modules linked in. */
function copyProject(): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(root, file))) continue; // deleted in the working tree, not yet committed
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    cpSync(join(root, file), join(clone, file));
  }
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'junction');
}

/** `npm run build` as a user types it; npm itself is found the way npm found it for this run. */
function npmRunBuild(): ReturnType<typeof spawnSync> {
  const npmCli = process.env.npm_execpath;
  const [command, args] = npmCli?.endsWith('.js')
    ? [process.execPath, [npmCli, 'run', 'build']]
    : ['npm', ['run', 'build']];
  return spawnSync(command, args, {
    cwd: clone,
    encoding: 'utf8',
    shell: process.platform === 'win32' && command === 'npm',
  });
}

it('npm run build builds out/ from a folder whose name has a space and a non-ASCII letter', () => {
  copyProject();
  // A stale build from earlier: the script must rebuild, not exit 0 and leave this in place.
  mkdirSync(join(clone, 'out'), { recursive: true });
  writeFileSync(join(clone, 'out', '.build-stamp'), 'oud');
  const before = statSync(join(clone, 'out', '.build-stamp')).mtimeMs;

  const result = npmRunBuild();
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);

  const stamp = join(clone, 'out', '.build-stamp');
  expect(statSync(stamp).mtimeMs).toBeGreaterThan(before);
  for (const built of ['main/electron.cjs', 'preload/preload.cjs', 'host/cli.cjs', 'renderer/index.html']) {
    expect(existsSync(join(clone, 'out', built)), built).toBe(true);
  }
}, 300_000);
