import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

/**
 * Turns on Node's compile cache, then loads the shell's bundle from beside the calling boot
 * file. Compiling main's 500 kB bundle was most of its start (V8's parse and compile, 100–300
 * ms on a busy laptop); from the second start on V8 reads the compiled code from disk instead.
 * The cache lies in Node's default place (the user's temp folder, `NODE_COMPILE_CACHE` moves
 * it) and is keyed by the file's content, so a new version never runs old code. When it
 * cannot be used (an older Node, a read-only temp folder) the bundle is simply compiled.
 */
export function loadWithCompileCache(dir: string, bundle: string): void {
  try {
    enableCompileCache();
  } catch {
    // Nothing depends on the cache.
  }
  require(join(dir, bundle));
}
