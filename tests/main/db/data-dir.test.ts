import { describe, expect, it } from 'vitest';
import { dataDirArgument, isNetworkPath, portableDataDir, resolveDataDir } from '../../../main/db/data-dir';

const base = {
  argv: [],
  env: {},
  platform: 'linux' as const,
  defaultDir: '/home/anna/.config/werkboek',
  appFolderName: 'Werkboek Overheidsparticipatie',
};

describe('resolveDataDir', () => {
  it('uses the default folder when nothing is given', () => {
    expect(resolveDataDir(base)).toEqual({ ok: true, dir: '/home/anna/.config/werkboek', source: 'default' });
  });

  it('uses %LOCALAPPDATA% on Windows, never the roaming profile', () => {
    const result = resolveDataDir({
      ...base,
      platform: 'win32',
      defaultDir: 'C:\\Users\\anna\\AppData\\Roaming\\werkboek',
      env: { LOCALAPPDATA: '/local' },
    });
    expect(result).toMatchObject({ ok: true, source: 'default' });
    expect(result.ok && result.dir).toContain('local');
    expect(result.ok && result.dir).toContain('Werkboek Overheidsparticipatie');
  });

  it('prefers --data-dir over the environment variable over the portable folder', () => {
    const env = { WERKBOEK_DATA_DIR: '/env' };
    expect(resolveDataDir({ ...base, env, portableDir: '/usb', argv: ['app', '--data-dir', '/arg'] })).toMatchObject({
      dir: '/arg',
      source: 'argument',
    });
    expect(resolveDataDir({ ...base, env, portableDir: '/usb', argv: ['app', '--data-dir=/arg2'] })).toMatchObject({
      dir: '/arg2',
      source: 'argument',
    });
    expect(resolveDataDir({ ...base, env, portableDir: '/usb' })).toMatchObject({ dir: '/env', source: 'environment' });
    expect(resolveDataDir({ ...base, portableDir: '/usb' })).toMatchObject({ dir: '/usb', source: 'portable' });
  });

  it.each([
    '\\\\server\\share\\werkboek',
    '//server/share/werkboek',
    '\\\\?\\UNC\\server\\share',
    '  \\\\fileserver\\home$',
  ])('refuses the network path %s with an explanation', (dir) => {
    const result = resolveDataDir({ ...base, argv: ['--data-dir', dir] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('netwerkschijf');
  });

  it.each([
    ['', 'leeg'],
    ['   ', 'leeg'],
    ['/tmp/a\0b', 'ongeldig'],
  ])('refuses %j', (dir, word) => {
    const result = resolveDataDir({ ...base, argv: ['--data-dir', dir] });
    expect(!result.ok && result.message).toContain(word);
  });

  it('reads the last --data-dir and ignores a flag without a value', () => {
    expect(dataDirArgument(['--data-dir', '/a', '--data-dir', '/b'])).toBe('/b');
    expect(dataDirArgument(['--data-dir'])).toBeUndefined();
    expect(isNetworkPath('C:\\Users\\anna')).toBe(false);
  });
});

describe('on Windows (judged with node:path win32, whatever this machine runs)', () => {
  const windows = {
    ...base,
    platform: 'win32' as const,
    defaultDir: 'C:\\Users\\Ayşe Yılmaz\\AppData\\Roaming\\Werkboek Overheidsparticipatie',
    env: { LOCALAPPDATA: 'C:\\Users\\Ayşe Yılmaz\\AppData\\Local', SystemDrive: 'C:' },
  };
  const mappedZ = (drive: string) => drive === 'Z:';

  it('puts the data under %LOCALAPPDATA% for a user name with a space and non-ASCII letters', () => {
    expect(resolveDataDir(windows)).toEqual({
      ok: true,
      dir: 'C:\\Users\\Ayşe Yılmaz\\AppData\\Local\\Werkboek Overheidsparticipatie',
      source: 'default',
    });
  });

  it('keeps an absolute Windows --data-dir as it is', () => {
    expect(resolveDataDir({ ...windows, argv: ['--data-dir', 'D:\\Gegevens\\Werkboek Ayşe'] })).toMatchObject({
      ok: true,
      dir: 'D:\\Gegevens\\Werkboek Ayşe',
    });
  });

  it.each(['Z:\\Werkboek', 'z:/werkboek', '\\\\?\\Z:\\Werkboek'])('refuses %s on a mapped network drive', (dir) => {
    const result = resolveDataDir({ ...windows, argv: ['--data-dir', dir], isNetworkDrive: mappedZ });
    expect(!result.ok && result.message).toContain('netwerkschijf');
  });

  it.each(['\\\\?\\C:\\Werkboek', '\\\\.\\C:\\Werkboek', 'D:\\Werkboek'])('accepts the local path %s', (dir) => {
    expect(isNetworkPath(dir, mappedZ)).toBe(false);
  });

  it('puts the portable build’s data beside the .exe when that folder is writable', () => {
    const env = { PORTABLE_EXECUTABLE_DIR: 'E:\\USB-stick\\Werkboek Ayşe' };
    expect(portableDataDir(env, () => true)).toBe('E:\\USB-stick\\Werkboek Ayşe\\Werkboek-gegevens');
    expect(portableDataDir(env, () => false)).toBeUndefined();
    expect(portableDataDir({}, () => true)).toBeUndefined();
  });

  it('keeps the data on this computer when the portable build runs from a network share', () => {
    for (const portableDir of ['\\\\fileserver\\apps\\Werkboek-gegevens', 'Z:\\apps\\Werkboek-gegevens']) {
      expect(resolveDataDir({ ...windows, portableDir, isNetworkDrive: mappedZ })).toMatchObject({
        ok: true,
        dir: 'C:\\Users\\Ayşe Yılmaz\\AppData\\Local\\Werkboek Overheidsparticipatie',
        source: 'default',
      });
    }
  });
});
