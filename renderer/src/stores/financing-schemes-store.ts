import { create } from 'zustand';
import type { LocalScheme, LocalSchemeFields } from '../../../main/contract/financing-channels';
import { call } from '../api/client';

interface SchemesState {
  schemes: LocalScheme[] | undefined;
  loadError: string | undefined;
  load(): Promise<void>;
  /** Saves a new scheme (id undefined) or changes one; returns the refusal's message, if any. */
  save(id: number | undefined, fields: LocalSchemeFields): Promise<string | undefined>;
  remove(id: number): Promise<string | undefined>;
}

/** The municipality's own schemes (Financieringshulp): a short list, validated in main. */
export const useSchemesStore = create<SchemesState>((set, get) => ({
  schemes: undefined,
  loadError: undefined,
  async load() {
    const result = await call('financing.schemes.list', undefined);
    set(result.ok ? { schemes: result.value, loadError: undefined } : { loadError: result.error.message });
  },
  async save(id, fields) {
    const result =
      id === undefined
        ? await call('financing.schemes.create', fields)
        : await call('financing.schemes.update', { id, fields });
    if (!result.ok) return result.error.message;
    await get().load();
    return undefined;
  },
  async remove(id) {
    const result = await call('financing.schemes.delete', { id });
    if (!result.ok) return result.error.message;
    await get().load();
    return undefined;
  },
}));
