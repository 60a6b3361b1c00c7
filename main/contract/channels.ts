import { appChannels } from './app-channels';
import { backupChannels } from './backup-channels';
import { dashboardChannels } from './dashboard-channels';
import { docxChannels } from './docx-channels';
import type { Envelope } from './envelope';
import { fileChannels } from './file-channels';
import { financingChannels } from './financing-channels';
import { guideChannels } from './guide-channels';
import { meetingChannels } from './meeting-channels';
import { popOpChannels } from './pop-op-channels';
import { preparationChannels } from './preparation-channels';
import { printSettingsChannels } from './print-settings-channels';
import type { ScreenPath } from './screens';
import { selfAnalysisChannels } from './self-analysis-channels';
import { teamChannels } from './team-channels';
import type { z } from './zod';

/**
 * The one IPC contract: every channel the renderer may call, with its input and output
 * schema. The main handler table, the preload bridge, the browser host and the renderer's
 * client are all derived from this object. Features add their own `xChannels` object here.
 */
export const channels = {
  ...appChannels,
  ...guideChannels,
  ...financingChannels,
  ...fileChannels,
  ...backupChannels,
  ...selfAnalysisChannels,
  ...popOpChannels,
  ...meetingChannels,
  ...preparationChannels,
  ...teamChannels,
  ...dashboardChannels,
  ...docxChannels,
  ...printSettingsChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

/** Names of all channels, for the preload bridge's allow-list. */
export const channelNames = Object.keys(channels) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}

/** What main implements: one function per channel, taking the parsed input. */
export type Handlers = {
  [C in ChannelName]: (input: z.output<Channels[C]['input']>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

/** What the renderer sees as `window.api` in both Electron and the browser host. */
export interface Bridge {
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>>;
  /**
   * Main asks to open a screen (Electron's application menu). Returns the unsubscribe. The
   * browser host has no application menu and leaves it out.
   */
  onNavigate?(listener: (path: ScreenPath) => void): () => void;
}
