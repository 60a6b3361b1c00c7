import { ipcMain } from 'electron';
import type { Handlers } from '../contract/channels';
import { ipcChannelName } from '../contract/ipc-channel';
import { dispatch } from '../services/dispatch';
import { isTrustedSender } from './policy/navigation';

/** Answers contract calls, but only from the app's own page. */
export function setupIpc(handlers: Handlers): void {
  ipcMain.handle(ipcChannelName, (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!frame || !isTrustedSender(frame.url, frame === event.sender.mainFrame)) {
      return { ok: false, error: { code: 'invalid-input', message: 'Deze aanvraag komt niet van het werkboek zelf.' } };
    }
    return dispatch(handlers, channel, input, (name, error) => console.error(`[${name}]`, error));
  });
}
