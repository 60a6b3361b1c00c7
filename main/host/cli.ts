import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { appVersion } from '../app-version';
import { resolveDataDir } from '../db/data-dir';
import { DataFolderInUseError, lockDataFolder } from '../db/data-folder-lock';
import { networkDriveLookup } from '../db/network-drives';
import { openOrRecover } from '../services/open-or-recover';
import { preloadPdfEngineSoon } from '../services/pdf-engine-preload';
import { createPdfWorkerPool, pdfWorkerFile } from '../services/pdf-jobs/pdf-worker-pool';
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
    isNetworkDrive: networkDriveLookup(process.platform, process.env),
  });
  if (!dataDir.ok) return exitWith(dataDir.message);
  // One writer per data folder: a second host (or the app) on the same folder stops here.
  let lock: ReturnType<typeof lockDataFolder>;
  try {
    lock = lockDataFolder(dataDir.dir, 'browser');
  } catch (error) {
    if (error instanceof DataFolderInUseError) return exitWith(error.message);
    throw error;
  }
  process.on('exit', () => lock.release());

  const downloads = createDownloadStore();
  const pdf = createPdfWorkerPool({ workerFile: pdfWorkerFile(appRoot), resourcesDir: join(appRoot, 'resources') });
  let stop: () => Promise<void> = async () => process.exit(0);
  // A workbook file that cannot be used does not stop the host: the page shows the recovery screen.
  const session = openOrRecover(
    {
      dataDir: dataDir.dir,
      dataDirSource: dataDir.source,
      resourcesDir: join(appRoot, 'resources'),
      app: { name: 'Werkboek Overheidsparticipatie', version: appVersion, shell: 'browser' },
      files: downloads.deliverer,
      pdf,
    },
    // A moment's delay, so the answer to "Afsluiten" reaches the page before the server closes.
    { quit: () => setTimeout(() => void stop(), 100) },
  );
  const status = session.status();
  if (status.state === 'recovery') process.stderr.write(`${status.message}\nDe pagina laat zien wat je kunt doen.\n`);
  const host = await startHost({
    handlers: session.handlers,
    rendererDir: join(appRoot, 'out', 'renderer'),
    port: args.port,
    downloads,
    reportError: (channel, error) => console.error(`[${channel}]`, error),
  });
  process.stdout.write(`APP_URL=${host.url}\n`);
  // Serving: the PDF worker starts and loads pdfkit and the fonts, so the first export is warm.
  preloadPdfEngineSoon(pdf);

  let stopping = false;
  stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    session.close();
    await pdf.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

function exitWith(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
