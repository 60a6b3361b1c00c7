import { contextBridge, ipcRenderer } from 'electron';
import type { Bridge } from '../main/contract/channels';
import type { Envelope } from '../main/contract/envelope';
import { ipcChannelName } from '../main/contract/ipc-channel';

/**
 * The renderer's only door to main: `window.api.call(channel, input)`. Raw ipcRenderer is
 * never exposed; main checks the channel name, the input and the sender of every call.
 * Types only from the contract, so this sandboxed bundle stays tiny.
 */
const api = {
  call(channel, input) {
    return ipcRenderer.invoke(ipcChannelName, channel, input) as Promise<Envelope<never>>;
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld('api', api);
