import { describe, expect, it } from 'vitest';
import { mappedDrivesFromNetUse, networkDriveLookup } from '../../../main/db/network-drives';

// `net use` as an English and a Dutch Windows print it.
const english = `New connections will be remembered.


Status       Local     Remote                    Network

-------------------------------------------------------------------------------
OK           H:        \\\\fileserver\\home$\\ayse     Microsoft Windows Network
Unavailable  Z:        \\\\nas01\\afdeling         Microsoft Windows Network
OK                     \\\\printserver\\IPC$        Microsoft Windows Network
The command completed successfully.
`;
const dutch = `Nieuwe verbindingen worden onthouden.

Status       Lokaal    Extern                    Netwerk
-------------------------------------------------------------------------------
             P:        \\\\gemeente.local\\projecten Microsoft Windows-netwerk
Niet beschikbaar Q:    \\\\nas01\\archief           Microsoft Windows-netwerk
De opdracht is voltooid.
`;

describe('mappedDrivesFromNetUse', () => {
  it('finds every mapped drive letter whatever the status column says', () => {
    expect([...mappedDrivesFromNetUse(english)].sort()).toEqual(['H:', 'Z:']);
    expect([...mappedDrivesFromNetUse(dutch)].sort()).toEqual(['P:', 'Q:']);
  });

  it('finds nothing in output without mappings', () => {
    expect(mappedDrivesFromNetUse('There are no entries in the list.\r\n').size).toBe(0);
  });
});

describe('networkDriveLookup', () => {
  it('asks net use once, and never for the system drive or on other platforms', () => {
    let calls = 0;
    const netUse = () => {
      calls++;
      return english;
    };
    const isNetworkDrive = networkDriveLookup('win32', { SystemDrive: 'C:' }, netUse);
    expect(isNetworkDrive('C:')).toBe(false);
    expect(calls).toBe(0);
    expect(isNetworkDrive('h:')).toBe(true);
    expect(isNetworkDrive('D:')).toBe(false);
    expect(calls).toBe(1);
    expect(networkDriveLookup('linux', {}, netUse)('H:')).toBe(false);
  });

  it('counts a drive as local when net use cannot run', () => {
    const failing = () => {
      throw new Error('net is not recognized');
    };
    expect(networkDriveLookup('win32', {}, failing)('Z:')).toBe(false);
  });
});
