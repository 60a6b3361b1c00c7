/** Options of `npm run host -- --port N --data-dir DIR`. */
export interface HostArgs {
  port: number;
}

/** Reads `--port N` (0 = any free port); the data folder is read by the shared resolver. */
export function parseHostArgs(argv: readonly string[]): HostArgs | { error: string } {
  let port = 0;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    const value = arg === '--port' ? argv[index + 1] : arg?.startsWith('--port=') ? arg.slice(7) : undefined;
    if (value === undefined) continue;
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || parsed > 65535)
      return { error: `Ongeldige poort: ${value}. Gebruik een getal van 0 tot en met 65535.` };
    port = parsed;
  }
  return { port };
}
