/**
 * The single Electron IPC channel; the contract channel's name travels as its first
 * argument. Its own module so the preload bundle imports no schemas.
 */
export const ipcChannelName = 'werkboek:call';
