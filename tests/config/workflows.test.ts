import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(__dirname, '../..');
const workflowsDir = join(root, '.github', 'workflows');
const workflowFiles = ['ci.yml', 'release.yml'];

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  needs?: string;
  strategy?: { matrix: { os?: string[]; include?: { os: string }[] } };
  steps: Step[];
}
interface Workflow {
  on: { push?: { tags?: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (file: string) => parse(readFileSync(join(workflowsDir, file), 'utf8')) as Workflow;
const systems = ['windows-latest', 'macos-latest', 'ubuntu-latest'];
const matrixSystems = (job: Job) => job.strategy?.matrix.os ?? job.strategy?.matrix.include?.map((entry) => entry.os);
const allSteps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);

describe('the GitHub Actions workflows', () => {
  it.each(workflowFiles)('%s passes the action-validator schema check', (file) => {
    const cli = join(root, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
    const result = spawnSync(process.execPath, [cli, join(workflowsDir, file)], { encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('the validator rejects a broken workflow (so a pass means something)', () => {
    const cli = join(root, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n';
    const file = join(mkdtempSync(join(tmpdir(), 'werkboek-workflow-')), 'broken.yml');
    writeFileSync(file, broken);
    const result = spawnSync(process.execPath, [cli, file], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
  });

  it('CI runs the unit tests and the Electron smoke test on Windows, macOS and Linux', () => {
    const job = workflow('ci.yml').jobs.test;
    expect(job).toBeDefined();
    if (!job) return;
    expect(matrixSystems(job)).toEqual(systems);
    const runs = job.steps.map((step) => step.run ?? '');
    expect(runs).toContain('node node_modules/electron/install.js');
    expect(runs).toContain('npm run test:unit');
    expect(runs).toContain('xvfb-run --auto-servernum npm run test:electron');
    expect(runs).toContain('npm run test:electron');
    expect(job.steps.find((step) => step.run?.includes('xvfb-run'))?.if).toBe("runner.os == 'Linux'");
  });

  it('a tag builds and smoke-tests the installers on each system, with one SHA256SUMS', () => {
    const release = workflow('release.yml');
    expect(release.on.push?.tags).toEqual(['v*']);
    const installers = release.jobs.installers;
    expect(installers).toBeDefined();
    if (!installers) return;
    expect(matrixSystems(installers)).toEqual(systems);
    const runs = installers.steps.map((step) => step.run ?? '');
    expect(runs.indexOf('npm run test:electron')).toBeGreaterThan(-1);
    expect(runs.indexOf('npm run test:electron')).toBeLessThan(runs.indexOf('npm run dist'));
    expect(installers.steps.some((step) => step.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
    const checksums = release.jobs.checksums;
    expect(checksums?.needs).toBe('installers');
    expect(checksums?.steps.some((step) => step.run?.includes('> SHA256SUMS'))).toBe(true);
  });

  it.each(workflowFiles)('%s publishes nothing and can write nothing to the repository', (file) => {
    const flow = workflow(file);
    expect(flow.permissions).toEqual({ contents: 'read' });
    for (const step of allSteps(flow)) {
      expect(step.uses ?? '').not.toMatch(/release|publish|deploy/i);
      expect(step.run ?? '').not.toMatch(/--publish (always|onTag|onTagOrDraft)|npm publish|gh release/);
    }
  });

  it('packaging itself never publishes', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { dist: string } };
    expect(manifest.scripts.dist).toContain('--publish never');
    const builder = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as { publish: unknown };
    expect(builder.publish).toEqual([]);
  });
});
