import { posix, win32 } from 'node:path';

/** Environment variable that points the app at another data folder (tests, portable use, IT). */
export const dataDirEnvVar = 'WERKBOEK_DATA_DIR';
/** File name of the workbook inside the data folder. */
export const dataFileName = 'werkboek.sqlite';

export type DataDirSource = 'argument' | 'environment' | 'default' | 'portable';

export interface DataDirInput {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** Electron's userData (or another default for the browser host). */
  defaultDir: string;
  /** Folder of the portable executable when it runs as portable build and that folder is writable. */
  portableDir?: string;
  /** The app's folder name under %LOCALAPPDATA% on Windows. */
  appFolderName: string;
  /** Whether a drive letter ("Z:") is a mapped network drive; see network-drives.ts. */
  isNetworkDrive?: (drive: string) => boolean;
}

export type DataDirResult = { ok: true; dir: string; source: DataDirSource } | { ok: false; message: string };

/** Reads `--data-dir DIR` or `--data-dir=DIR` from the command line; the last one wins. */
export function dataDirArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === '--data-dir') found = argv[index + 1];
    else if (arg.startsWith('--data-dir=')) found = arg.slice('--data-dir='.length);
  });
  return found;
}

/** Windows paths are judged as Windows paths, also when the tests run on Linux. */
function pathsFor(platform: NodeJS.Platform): typeof posix {
  return platform === 'win32' ? win32 : posix;
}

/**
 * A network path cannot hold the workbook: SQLite's locking and WAL are unreliable on network
 * shares. That is a UNC path (`\\server\share`, `//server/share`, `\\?\UNC\server\share`) or a
 * drive letter mapped to a share (`Z:\Werkboek`). `\\?\C:\…` and `\\.\C:\…` are local disks.
 */
export function isNetworkPath(path: string, isNetworkDrive: (drive: string) => boolean = () => false): boolean {
  const trimmed = path.trim();
  const local = /^[\\/]{2}[?.][\\/](?=[a-z]:)/i;
  const withoutPrefix = trimmed.replace(local, '');
  if (/^[\\/]{2}/.test(withoutPrefix)) return true;
  const drive = /^([a-z]):/i.exec(withoutPrefix)?.[1];
  return drive !== undefined && isNetworkDrive(`${drive.toUpperCase()}:`);
}

/**
 * Chooses the data folder: command line, then environment, then the portable folder, then
 * the platform default (on Windows %LOCALAPPDATA%, never the roaming profile, which is
 * often redirected to a network share). A portable build started from a network share keeps
 * its data on this computer instead.
 */
export function resolveDataDir(input: DataDirInput): DataDirResult {
  const check = checker(input);
  const fromArgument = dataDirArgument(input.argv);
  if (fromArgument !== undefined) return check(fromArgument, 'argument');
  const fromEnvironment = input.env[dataDirEnvVar];
  if (fromEnvironment) return check(fromEnvironment, 'environment');
  if (input.portableDir && !isNetworkPath(input.portableDir, input.isNetworkDrive)) {
    return check(input.portableDir, 'portable');
  }
  const localAppData = input.env.LOCALAPPDATA;
  if (input.platform === 'win32' && localAppData) {
    return check(win32.join(localAppData, input.appFolderName), 'default');
  }
  return check(input.defaultDir, 'default');
}

/** The portable build's data folder: `Werkboek-gegevens` beside the .exe, when that folder is writable. */
export function portableDataDir(
  env: Readonly<Record<string, string | undefined>>,
  isWritable: (dir: string) => boolean,
): string | undefined {
  const exeDir = env.PORTABLE_EXECUTABLE_DIR;
  if (!exeDir || !isWritable(exeDir)) return undefined;
  return win32.join(exeDir, 'Werkboek-gegevens');
}

function checker(input: DataDirInput) {
  const paths = pathsFor(input.platform);
  return (dir: string, source: DataDirSource): DataDirResult => {
    const trimmed = dir.trim();
    if (trimmed === '') {
      return {
        ok: false,
        message: 'De opgegeven gegevensmap is leeg. Geef een map op, bijvoorbeeld --data-dir C:\\Werkboek.',
      };
    }
    if (trimmed.includes('\0')) return { ok: false, message: 'De opgegeven gegevensmap bevat een ongeldig teken.' };
    if (isNetworkPath(trimmed, input.isNetworkDrive)) {
      return {
        ok: false,
        message:
          `De gegevensmap ${trimmed} staat op een netwerkschijf. Daar kan het werkboek je gegevens niet veilig bewaren, ` +
          'omdat netwerkschijven het vergrendelen van bestanden niet betrouwbaar doen. Kies een map op deze computer.',
      };
    }
    return { ok: true, dir: paths.isAbsolute(trimmed) ? trimmed : paths.resolve(trimmed), source };
  };
}
