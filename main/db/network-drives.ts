import { execFileSync } from 'node:child_process';

/**
 * Drive letters mapped to a network share, read from the output of Windows' `net use`. The
 * status column is localised ("OK", "Niet beschikbaar", "Unavailable") and may be empty, so
 * a row is recognised by what follows the drive letter: a UNC path.
 */
export function mappedDrivesFromNetUse(output: string): Set<string> {
  const drives = new Set<string>();
  for (const line of output.split(/\r?\n/)) {
    const drive = /(?:^|\s)([A-Za-z]):\s+\\\\\S/.exec(line)?.[1];
    if (drive) drives.add(`${drive.toUpperCase()}:`);
  }
  return drives;
}

/**
 * `isNetworkDrive` for resolveDataDir on this machine. Asks `net use` at most once, and only
 * for a drive other than the system drive (where %LOCALAPPDATA% lives), so a normal start
 * spawns nothing. When `net use` is unavailable the drive counts as local: refusing a
 * working folder would be worse than the small risk it guards against.
 */
export function networkDriveLookup(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  runNetUse: () => string = () => execFileSync('net', ['use'], { encoding: 'utf8', timeout: 5000, windowsHide: true }),
): (drive: string) => boolean {
  let mapped: Set<string> | undefined;
  const systemDrive = (env.SystemDrive ?? 'C:').toUpperCase();
  return (drive) => {
    if (platform !== 'win32' || drive.toUpperCase() === systemDrive) return false;
    if (mapped === undefined) {
      try {
        mapped = mappedDrivesFromNetUse(runNetUse());
      } catch {
        mapped = new Set();
      }
    }
    return mapped.has(drive.toUpperCase());
  };
}
