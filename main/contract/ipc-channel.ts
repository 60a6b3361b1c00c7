/**
 * The single Electron IPC channel; the contract channel's name travels as its first
 * argument. Its own module so the preload bundle imports no schemas.
 */
export const ipcChannelName = 'werkboek:call';

/**
 * Main → renderer: open a screen (the application menu). Carries one `ScreenPath`; the
 * preload passes on only paths of the route table.
 */
export const navigateChannelName = 'werkboek:navigate';
