import { describe, expect, it } from 'vitest';
import { parseHostArgs } from '../../../main/host/cli-args';

describe('parseHostArgs', () => {
  it('reads --port N and --port=N, defaulting to 0', () => {
    expect(parseHostArgs([])).toEqual({ port: 0 });
    expect(parseHostArgs(['--port', '8123', '--data-dir', '/x'])).toEqual({ port: 8123 });
    expect(parseHostArgs(['--port=0'])).toEqual({ port: 0 });
  });

  it.each(['-1', '70000', 'abc', '1e3', ''])('refuses port %j in Dutch', (port) => {
    expect(parseHostArgs(['--port', port])).toEqual({ error: expect.stringContaining('Ongeldige poort') });
  });
});
