import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { appVersion } from '../app-version';
import { resolveDataDir } from '../db/data-dir';
import { DataFileError } from '../db/data-file-error';
import { openOrRecover } from '../services/open-or-recover';
import { preloadPdfEngineSoon } from '../services/pdf-engine-preload';
import type { Workbook } from '../services/workbook';
import { parseHostArgs } from './cli-args';
import { createDownloadStore } from './download-store';
import { startHost } from './server';

/**
 * `npm run host -- --port 0 --data-dir DIR`: the app in a plain browser. Prints exactly one
 * line `APP_URL=...` on stdout once it serves; everything else goes to stderr.
 */
async function main(): Promise<void> {
  const appRoot = resolve(__dirname, '../..');
  const args = parseHostArgs(process.argv.slice(2));
  if ('error' in args) return exitWith(args.error);
  const dataDir = resolveDataDir({
    argv: process.argv,
    env: process.env,
    platform: process.platform,
    defaultDir: join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'werkboek-overheidsparticipatie'),
    appFolderName: 'Werkboek Overheidsparticipatie',
  });
  if (!dataDir.ok) return exitWith(dataDir.message);

  const downloads = createDownloadStore();
  const restoreRequested = process.argv.includes('--restore-backup');
  let workbook: Workbook;
  try {
    const opened = await openOrRecover(
      {
        dataDir: dataDir.dir,
        dataDirSource: dataDir.source,
        resourcesDir: join(appRoot, 'resources'),
        app: { name: 'Werkboek Overheidsparticipatie', version: appVersion, shell: 'browser' },
        files: downloads.deliverer,
      },
      async () => restoreRequested,
    );
    workbook = opened.workbook;
    if (opened.recovery) {
      process.stderr.write(
        `Het beschadigde werkboek is bewaard als ${opened.recovery.damagedCopy}; de reservekopie ${opened.recovery.restoredFrom} is teruggezet.\n`,
      );
    }
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    const hint =
      error.problem === 'corrupt' || error.problem === 'not-sqlite'
        ? restoreRequested
          ? '\nEr is geen reservekopie om terug te zetten.'
          : '\nStart met --restore-backup om de nieuwste reservekopie terug te zetten (het beschadigde bestand blijft bewaard).'
        : '';
    return exitWith(`${error.message}${hint}`);
  }
  const host = await startHost({
    handlers: workbook.handlers,
    rendererDir: join(appRoot, 'out', 'renderer'),
    port: args.port,
    downloads,
    reportError: (channel, error) => console.error(`[${channel}]`, error),
  });
  process.stdout.write(`APP_URL=${host.url}\n`);
  // Serving: pdfkit and the fonts load in the background, so the first export is warm.
  preloadPdfEngineSoon();

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    workbook.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

function exitWith(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
