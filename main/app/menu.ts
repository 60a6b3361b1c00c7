import { type BrowserWindow, Menu, type MenuItemConstructorOptions, shell } from 'electron';
import { navigateChannelName } from '../contract/ipc-channel';
import { type MenuItemSpec, menuTemplate } from './policy/menu-template';

function toElectron(
  spec: MenuItemSpec,
  getWindow: () => BrowserWindow | undefined,
  dataDir: string,
): MenuItemConstructorOptions {
  const { action, navigate, submenu, ...rest } = spec;
  const item: MenuItemConstructorOptions = { ...rest };
  if (submenu) item.submenu = submenu.map((child) => toElectron(child, getWindow, dataDir));
  // A typed event through the preload (Bridge.onNavigate), not script run in the page.
  if (navigate) item.click = () => getWindow()?.webContents.send(navigateChannelName, navigate);
  if (action === 'data-folder') item.click = () => void shell.openPath(dataDir);
  return item;
}

/** Installs the Dutch application menu. */
export function setupMenu(getWindow: () => BrowserWindow | undefined, dataDir: string): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate().map((spec) => toElectron(spec, getWindow, dataDir))));
}
