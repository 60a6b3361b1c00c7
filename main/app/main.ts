import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { app, type BrowserWindow, dialog } from 'electron';
import { appVersion } from '../app-version';
import { type DataDirResult, portableDataDir, resolveDataDir } from '../db/data-dir';
import { DataFolderInUseError, type DataFolderLock, lockDataFolder } from '../db/data-folder-lock';
import { networkDriveLookup } from '../db/network-drives';
import { type AppSession, openOrRecover } from '../services/open-or-recover';
import { preloadPdfEngineSoon } from '../services/pdf-engine-preload';
import { createPdfWorkerPool, pdfWorkerFile } from '../services/pdf-jobs/pdf-worker-pool';
import { createElectronFileDeliverer } from './file-deliverer';
import { setupIpc } from './ipc';
import { setupMenu } from './menu';
import { profileDirFor } from './policy/profile-dir';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { setupSecurity } from './security';
import { createMainWindow } from './window';

/**
 * The Electron entry: a short list of setup steps. Everything the app knows lives in
 * main/services behind the contract; this file only wires Electron to it.
 */
const appName = 'Werkboek Overheidsparticipatie';
const appRoot = app.getAppPath();
let mainWindow: BrowserWindow | undefined;
let session: AppSession | undefined;
let folderLock: DataFolderLock | undefined;
// The PDF worker's bundle sits in the asar beside main's; Electron's worker threads read the asar.
const pdf = createPdfWorkerPool({ workerFile: pdfWorkerFile(appRoot), resourcesDir: join(appRoot, 'resources') });

function isWritable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function fail(message: string): void {
  dialog.showErrorBox(appName, message);
  app.exit(1);
}

/** Chosen before anything else: the data folder decides the profile, and with it the single-instance lock. */
function chooseDataDir(): DataDirResult {
  return resolveDataDir({
    argv: process.argv,
    env: process.env,
    platform: process.platform,
    defaultDir: app.getPath('userData'),
    portableDir: portableDataDir(process.env, isWritable),
    appFolderName: appName,
    isNetworkDrive: networkDriveLookup(process.platform, process.env),
  });
}

async function start(dataDir: DataDirResult): Promise<void> {
  if (!dataDir.ok) {
    fail(dataDir.message);
    return;
  }
  // Also guards against a browser host (or an older app) on the same folder.
  try {
    folderLock = lockDataFolder(dataDir.dir, 'electron');
  } catch (error) {
    fail(error instanceof DataFolderInUseError ? error.message : String(error));
    return;
  }
  // An unusable workbook file does not stop the app: the window shows the recovery screen.
  session = openOrRecover(
    {
      dataDir: dataDir.dir,
      dataDirSource: dataDir.source,
      resourcesDir: join(appRoot, 'resources'),
      app: { name: appName, version: appVersion, shell: 'electron' },
      files: createElectronFileDeliverer(() => mainWindow),
      pdf,
    },
    { quit: () => setImmediate(() => app.quit()) },
  );
  const current = session;
  setupAppProtocol(join(appRoot, 'out', 'renderer'));
  setupIpc(current.handlers);
  setupMenu(() => mainWindow, dataDir.dir);
  // The window's place is remembered in the workbook, once there is one (not during recovery).
  mainWindow = createMainWindow(join(appRoot, 'out', 'preload', 'preload.cjs'), {
    read: () => current.workbook()?.windowState.read(),
    write: (state) => current.workbook()?.windowState.write(state),
  });
  // Once the start screen is shown, pdfkit and the fonts load in the background: the first export is then warm.
  mainWindow.once('ready-to-show', () => preloadPdfEngineSoon(pdf));
}

// Two processes must never write the same file: a second launch on the same data folder
// focuses the first window. Chromium keys its single-instance lock to the profile folder, so
// the profile follows the data folder (see profileDirFor).
const dataDir = chooseDataDir();
if (dataDir.ok) app.setPath('userData', profileDirFor(dataDir.dir));
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // A Dutch app: date fields show dd-mm-jjjj and the spelling checker is Dutch, also on an English Windows.
  app.commandLine.appendSwitch('lang', 'nl-NL');
  registerAppScheme();
  setupSecurity();
  app.whenReady().then(() => start(dataDir));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    session?.close();
    void pdf.close();
    folderLock?.release();
  });
}
