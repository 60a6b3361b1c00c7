import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { Bridge } from '../main/contract/channels';
import type { Envelope } from '../main/contract/envelope';
import { ipcChannelName, navigateChannelName } from '../main/contract/ipc-channel';
import { isScreenPath } from '../main/contract/screens';

/**
 * The renderer's only door to main: `window.api.call(channel, input)`, and the menu's
 * `onNavigate`. Raw ipcRenderer is never exposed; main checks the channel name, the input and
 * the sender of every call. From the contract only types and the plain route table, so this
 * sandboxed bundle stays tiny.
 */
const api = {
  call(channel, input) {
    return ipcRenderer.invoke(ipcChannelName, channel, input) as Promise<Envelope<never>>;
  },
  onNavigate(listener) {
    const forward = (_event: IpcRendererEvent, path: unknown) => {
      if (isScreenPath(path)) listener(path);
    };
    ipcRenderer.on(navigateChannelName, forward);
    return () => {
      ipcRenderer.removeListener(navigateChannelName, forward);
    };
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld('api', api);
