import { isAbsolute, join, resolve } from 'node:path';

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

/**
 * A network path (UNC `\\server\share` or `//server/share`, or Windows' `\\?\UNC\`) cannot
 * hold the workbook: SQLite's locking and WAL are unreliable on network shares.
 */
export function isNetworkPath(path: string): boolean {
  return /^(\\\\|\/\/)/.test(path.trim());
}

/**
 * Chooses the data folder: command line, then environment, then the portable folder, then
 * the platform default (on Windows %LOCALAPPDATA%, never the roaming profile, which is
 * often redirected to a network share).
 */
export function resolveDataDir(input: DataDirInput): DataDirResult {
  const fromArgument = dataDirArgument(input.argv);
  if (fromArgument !== undefined) return check(fromArgument, 'argument');
  const fromEnvironment = input.env[dataDirEnvVar];
  if (fromEnvironment) return check(fromEnvironment, 'environment');
  if (input.portableDir) return check(input.portableDir, 'portable');
  const localAppData = input.env.LOCALAPPDATA;
  if (input.platform === 'win32' && localAppData) return check(join(localAppData, input.appFolderName), 'default');
  return check(input.defaultDir, 'default');
}

function check(dir: string, source: DataDirSource): DataDirResult {
  const trimmed = dir.trim();
  if (trimmed === '') {
    return {
      ok: false,
      message: 'De opgegeven gegevensmap is leeg. Geef een map op, bijvoorbeeld --data-dir C:\\Werkboek.',
    };
  }
  if (trimmed.includes('\0')) return { ok: false, message: 'De opgegeven gegevensmap bevat een ongeldig teken.' };
  if (isNetworkPath(trimmed)) {
    return {
      ok: false,
      message:
        `De gegevensmap ${trimmed} staat op een netwerkschijf. Daar kan het werkboek je gegevens niet veilig bewaren, ` +
        'omdat netwerkschijven het vergrendelen van bestanden niet betrouwbaar doen. Kies een map op deze computer.',
    };
  }
  return { ok: true, dir: isAbsolute(trimmed) ? trimmed : resolve(trimmed), source };
}
