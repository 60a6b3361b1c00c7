import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { app, type BrowserWindow, dialog } from 'electron';
import { appVersion } from '../app-version';
import { resolveDataDir } from '../db/data-dir';
import { openOrRecover } from '../services/open-or-recover';
import { preloadPdfEngineSoon } from '../services/pdf-engine-preload';
import type { Workbook } from '../services/workbook';
import { createElectronFileDeliverer } from './file-deliverer';
import { setupIpc } from './ipc';
import { setupMenu } from './menu';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { askToRestoreBackup } from './recovery-dialog';
import { setupSecurity } from './security';
import { createMainWindow } from './window';

/**
 * The Electron entry: a short list of setup steps. Everything the app knows lives in
 * main/services behind the contract; this file only wires Electron to it.
 */
const appName = 'Werkboek Overheidsparticipatie';
const appRoot = app.getAppPath();
let mainWindow: BrowserWindow | undefined;
let workbook: Workbook | undefined;

/** The portable build keeps its data next to the .exe when that folder is writable. */
function portableDataDir(): string | undefined {
  const dir = process.env.PORTABLE_EXECUTABLE_DIR;
  if (!dir) return undefined;
  try {
    accessSync(dir, constants.W_OK);
    return join(dir, 'Werkboek-gegevens');
  } catch {
    return undefined;
  }
}

function fail(message: string): void {
  dialog.showErrorBox(appName, message);
  app.exit(1);
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir({
    argv: process.argv,
    env: process.env,
    platform: process.platform,
    defaultDir: app.getPath('userData'),
    portableDir: portableDataDir(),
    appFolderName: appName,
  });
  if (!dataDir.ok) {
    fail(dataDir.message);
    return;
  }
  try {
    const opened = await openOrRecover(
      {
        dataDir: dataDir.dir,
        dataDirSource: dataDir.source,
        resourcesDir: join(appRoot, 'resources'),
        app: { name: appName, version: appVersion, shell: 'electron' },
        files: createElectronFileDeliverer(() => mainWindow),
      },
      askToRestoreBackup,
    );
    workbook = opened.workbook;
    if (opened.recovery) {
      await dialog.showMessageBox({
        type: 'info',
        title: appName,
        message: 'De reservekopie is teruggezet.',
        detail: `Het beschadigde bestand is bewaard als:\n${opened.recovery.damagedCopy}`,
      });
    }
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    return;
  }
  setupAppProtocol(join(appRoot, 'out', 'renderer'));
  setupIpc(workbook.handlers);
  setupMenu(() => mainWindow, dataDir.dir);
  mainWindow = createMainWindow(join(appRoot, 'out', 'preload', 'preload.cjs'), workbook.windowState);
  // Once the start screen is shown, pdfkit and the fonts load in the background: the first export is then warm.
  mainWindow.once('ready-to-show', preloadPdfEngineSoon);
}

// Two processes must never write the same file: a second launch focuses the first window.
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
  app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => workbook?.close());
}
