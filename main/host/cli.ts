import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { appVersion } from '../app-version';
import { resolveDataDir } from '../db/data-dir';
import { DataFileError } from '../db/data-file-error';
import { openWorkbook } from '../services/workbook';
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
  let workbook: ReturnType<typeof openWorkbook>;
  try {
    workbook = openWorkbook({
      dataDir: dataDir.dir,
      dataDirSource: dataDir.source,
      resourcesDir: join(appRoot, 'resources'),
      app: { name: 'Werkboek Overheidsparticipatie', version: appVersion, shell: 'browser' },
      files: downloads.deliverer,
    });
  } catch (error) {
    if (error instanceof DataFileError) return exitWith(error.message);
    throw error;
  }
  const host = await startHost({
    handlers: workbook.handlers,
    rendererDir: join(appRoot, 'out', 'renderer'),
    port: args.port,
    downloads,
    reportError: (channel, error) => console.error(`[${channel}]`, error),
  });
  process.stdout.write(`APP_URL=${host.url}\n`);

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
