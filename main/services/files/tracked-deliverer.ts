import type { FileDeliverer } from './file-deliverer';

/** Wraps a deliverer so every path the user saved is remembered for "Openen" and "Toon in map". */
export function trackSavedPaths(deliverer: FileDeliverer, savedPaths: Set<string>): FileDeliverer {
  return {
    ...deliverer,
    async deliver(file) {
      const result = await deliverer.deliver(file);
      if (result.kind === 'saved') savedPaths.add(result.path);
      return result;
    },
  };
}
