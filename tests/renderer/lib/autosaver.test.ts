import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createAutosaver,
  type FieldSaveState,
  hasUnsavedChanges,
  type SaveResult,
} from '../../../renderer/src/lib/autosaver';

type Save = (field: string, value: string) => Promise<SaveResult>;

function setup(save: Save, validate?: (field: string, value: string) => string | undefined) {
  const states: Record<string, FieldSaveState | undefined> = {};
  const autosaver = createAutosaver<string>({
    delayMs: 100,
    retryDelaysMs: [1000, 2000],
    save,
    ...(validate ? { validate } : {}),
    onChange: (field, state) => {
      states[field] = state;
    },
  });
  return { autosaver, states };
}

describe('createAutosaver', () => {
  afterEach(() => vi.useRealTimers());

  it('writes only the newest value of a field typed in quick succession', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const { autosaver, states } = setup(async (field, value) => {
      saved.push(`${field}=${value}`);
      return { ok: true };
    });
    autosaver.push('name', 'A');
    autosaver.push('name', 'An');
    autosaver.push('manager', 'Jan');
    await vi.advanceTimersByTimeAsync(150);
    expect(saved).toEqual(['name=An', 'manager=Jan']);
    expect(states).toEqual({ name: { state: 'saved' }, manager: { state: 'saved' } });
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('keeps a refused field unsaved with its own message when another field saves later', async () => {
    const { autosaver, states } = setup(async (field) =>
      field === 'name' ? { ok: false, message: 'Te lang.', transient: false } : { ok: true },
    );
    autosaver.push('name', 'x'.repeat(205));
    await autosaver.flush();
    autosaver.push('organisation', 'Gemeente Utrecht');
    await autosaver.flush();
    expect(states.name).toEqual({ state: 'error', message: 'Te lang.' });
    expect(states.organisation).toEqual({ state: 'saved' });
    expect(hasUnsavedChanges()).toBe(true);
    autosaver.discard();
    expect(hasUnsavedChanges()).toBe(false);
    expect(states.name).toBeUndefined();
  });

  it('refuses what the contract refuses without sending it', async () => {
    const save = vi.fn<Save>(async () => ({ ok: true }));
    const { autosaver, states } = setup(save, (_field, value) => (value.length > 3 ? 'Te lang.' : undefined));
    autosaver.push('name', 'Annabel');
    await autosaver.flush();
    expect(save).not.toHaveBeenCalled();
    expect(states.name).toEqual({ state: 'error', message: 'Te lang.' });
    autosaver.push('name', 'Ann');
    await autosaver.flush();
    expect(save).toHaveBeenCalledWith('name', 'Ann');
    expect(states.name).toEqual({ state: 'saved' });
  });

  it('tries a transient failure again with back-off until it is written', async () => {
    vi.useFakeTimers();
    let locked = true;
    const saved: string[] = [];
    const { autosaver, states } = setup(async (_field, value) => {
      if (locked) return { ok: false, message: 'Bezet.', transient: true };
      saved.push(value);
      return { ok: true };
    });
    autosaver.push('q1', 'antwoord');
    await vi.advanceTimersByTimeAsync(150);
    expect(states.q1).toEqual({ state: 'retrying', message: 'Bezet.' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(states.q1?.state).toBe('retrying');
    locked = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual(['antwoord']);
    expect(states.q1).toEqual({ state: 'saved' });
  });

  it('writes in order, never letting a later write overtake an earlier one', async () => {
    const order: string[] = [];
    const started: string[] = [];
    const { autosaver } = setup(async (_field, value) => {
      started.push(value);
      await new Promise((resolve) => setTimeout(resolve, value === 'first' ? 30 : 1));
      order.push(value);
      return { ok: true };
    });
    autosaver.push('name', 'first');
    void autosaver.flush();
    while (started.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    autosaver.push('name', 'second');
    await autosaver.flush();
    expect(order).toEqual(['first', 'second']);
  });

  it('does not call a field saved while a newer value of it is still waiting', async () => {
    const pending: (() => void)[] = [];
    const { autosaver, states } = setup(() => new Promise((resolve) => pending.push(() => resolve({ ok: true }))));
    const nextWrite = async () => {
      while (pending.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      return pending.shift();
    };
    autosaver.push('name', 'A');
    const first = autosaver.flush();
    const finishFirst = await nextWrite();
    autosaver.push('name', 'AB');
    finishFirst?.();
    await first;
    expect(states.name).toEqual({ state: 'saving' });
    const second = autosaver.flush();
    (await nextWrite())?.();
    await second;
    expect(states.name).toEqual({ state: 'saved' });
    expect(hasUnsavedChanges()).toBe(false);
  });
});
