import { call } from '../../api/client';
import type { Autosaver } from '../../lib/autosaver';
import type { FinancingState, GetState, SetState } from './financing-state';

type ListSlice = Pick<FinancingState, 'loadModel' | 'loadList' | 'create' | 'duplicate' | 'remove'>;

/** The model of the financing forms and the list of initiatives: load, create, duplicate, delete. */
export function createListSlice(set: SetState, get: GetState, autosaver: Autosaver<unknown>): ListSlice {
  return {
    async loadModel() {
      if (get().model) return;
      const result = await call('financing.model', undefined);
      set(result.ok ? { model: result.value } : { loadError: result.error.message });
    },
    async loadList() {
      await autosaver.flush();
      const result = await call('financing.list', undefined);
      set(result.ok ? { list: result.value, loadError: undefined } : { loadError: result.error.message });
    },
    async create(name) {
      const result = await call('financing.create', { name });
      if (!result.ok) return void set({ actionError: result.error.message });
      return result.value.id;
    },
    async duplicate(id) {
      await autosaver.flush();
      const result = await call('financing.duplicate', { id });
      if (!result.ok) return void set({ actionError: result.error.message });
      await get().loadList();
      return result.value.id;
    },
    async remove(id) {
      const result = await call('financing.delete', { id });
      if (!result.ok) {
        set({ actionError: result.error.message });
        return false;
      }
      if (get().current?.id === id) set({ current: undefined, advice: undefined });
      await get().loadList();
      return true;
    },
  };
}
