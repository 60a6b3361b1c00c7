import { type BrowserWindow, Menu, type MenuItemConstructorOptions, shell } from 'electron';
import { type MenuItemSpec, menuTemplate } from './policy/menu-template';

function routeScript(route: string): string {
  return `location.hash = ${JSON.stringify(route)}`;
}

function toElectron(
  spec: MenuItemSpec,
  getWindow: () => BrowserWindow | undefined,
  dataDir: string,
): MenuItemConstructorOptions {
  const { action, submenu, ...rest } = spec;
  const item: MenuItemConstructorOptions = { ...rest };
  if (submenu) item.submenu = submenu.map((child) => toElectron(child, getWindow, dataDir));
  if (action === 'about' || action === 'settings') {
    const route = action === 'about' ? '#/over' : '#/instellingen';
    item.click = () => void getWindow()?.webContents.executeJavaScript(routeScript(route));
  }
  if (action === 'data-folder') item.click = () => void shell.openPath(dataDir);
  return item;
}

/** Installs the Dutch application menu. */
export function setupMenu(getWindow: () => BrowserWindow | undefined, dataDir: string): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate().map((spec) => toElectron(spec, getWindow, dataDir))));
}
