import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const cli = join(import.meta.dirname, '../../out/host/cli.cjs');

/** A running browser host (the built `out/host/cli.cjs`) on a free port. */
export interface HostProcess {
  url: string;
  /** Stops the host; SIGKILL simulates a crash or a killed process (no chance to clean up). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the host like `npm run host -- --port 0 --data-dir DIR` and waits for its APP_URL line. */
export function startHostProcess(dataDir: string, extraArgs: readonly string[] = []): Promise<HostProcess> {
  const child: ChildProcess = spawn(process.execPath, [cli, '--port', '0', '--data-dir', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${stderr}`)), 90_000);
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /^APP_URL=(\S+)$/m.exec(stdout)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        stop: (signal: NodeJS.Signals = 'SIGTERM') =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill(signal);
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}: ${stderr}`));
    });
  });
}
