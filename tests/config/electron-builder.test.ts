import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mainWindowOptions } from '../../main/app/window-options';

const config = parse(readFileSync(join(__dirname, '../../electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const section = (name: string) => config[name] as Record<string, unknown>;

describe('electron-builder.yml (security-relevant keys)', () => {
  it('publishes nowhere: no update server, no auto-updater', () => {
    expect(config.publish).toEqual([]);
    const packageJson = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    const allDependencies = { ...packageJson.dependencies, ...packageJson.devDependencies };
    expect(Object.keys(allDependencies)).not.toContain('electron-updater');
  });

  it('sets the fuses: no RunAsNode, NODE_OPTIONS or inspect; asar integrity and asar-only loading', () => {
    expect(section('electronFuses')).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packs into an asar with the SQLite binary unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
  });

  it('builds per-machine installers for Windows with a fixed MSI upgrade code', () => {
    expect((section('win').target as string[]).sort()).toEqual(['msi', 'nsis', 'portable']);
    expect(section('msi')).toMatchObject({ perMachine: true });
    expect(String(section('msi').upgradeCode)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(section('nsis')).toMatchObject({ oneClick: false, perMachine: true, deleteAppDataOnUninstall: false });
  });

  it('builds AppImage and deb for Linux and dmg for macOS', () => {
    expect(section('linux').target).toEqual(['AppImage', 'deb']);
    expect(section('mac').target).toEqual(['dmg']);
  });
});

describe('main window options', () => {
  it('isolate and sandbox the renderer, with no Node integration anywhere', () => {
    const { webPreferences } = mainWindowOptions('/app/out/preload/preload.cjs');
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });
});
