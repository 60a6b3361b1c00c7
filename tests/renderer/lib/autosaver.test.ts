import { describe, expect, it, vi } from 'vitest';
import { createAutosaver, type SaveState } from '../../../renderer/src/lib/autosaver';

type Patch = Record<string, string>;

function setup(saveImpl?: (patch: Patch) => Promise<{ ok: true } | { ok: false; message: string }>) {
  const saved: Patch[] = [];
  const states: SaveState[] = [];
  const autosaver = createAutosaver<Patch>({
    delayMs: 100,
    merge: (queued, patch) => ({ ...queued, ...patch }),
    save:
      saveImpl ??
      (async (patch) => {
        saved.push(patch);
        return { ok: true };
      }),
    onState: (state) => states.push(state),
  });
  return { autosaver, saved, states };
}

describe('createAutosaver', () => {
  it('merges changes typed in quick succession into one write', async () => {
    vi.useFakeTimers();
    const { autosaver, saved, states } = setup();
    autosaver.push({ name: 'A' });
    autosaver.push({ name: 'An' });
    autosaver.push({ manager: 'Jan' });
    await vi.advanceTimersByTimeAsync(150);
    expect(saved).toEqual([{ name: 'An', manager: 'Jan' }]);
    expect(states.at(-1)).toBe('saved');
    vi.useRealTimers();
  });

  it('reports "saved" only when nothing is left waiting', async () => {
    const pendingWrites: (() => void)[] = [];
    const { autosaver, states } = setup(
      () => new Promise((resolve) => pendingWrites.push(() => resolve({ ok: true }))),
    );
    const settle = async () => {
      while (pendingWrites.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      pendingWrites.shift()?.();
    };
    autosaver.push({ name: 'A' });
    const first = autosaver.flush();
    autosaver.push({ manager: 'Jan' });
    await settle();
    await first;
    expect(states.at(-1)).toBe('saving');
    const second = autosaver.flush();
    await settle();
    await second;
    expect(states.at(-1)).toBe('saved');
  });

  it('writes in order, never letting a later write overtake an earlier one', async () => {
    const order: string[] = [];
    const { autosaver } = setup(async (patch) => {
      await new Promise((resolve) => setTimeout(resolve, patch.name === 'first' ? 30 : 1));
      order.push(patch.name ?? '');
      return { ok: true };
    });
    autosaver.push({ name: 'first' });
    void autosaver.flush();
    autosaver.push({ name: 'second' });
    await autosaver.flush();
    expect(order).toEqual(['first', 'second']);
  });

  it('reports a failed write with its message', async () => {
    const messages: string[] = [];
    const autosaver = createAutosaver<Patch>({
      delayMs: 10,
      merge: (q, p) => ({ ...q, ...p }),
      save: async () => ({ ok: false, message: 'Te lang.' }),
      onState: (state, message) => messages.push(`${state}:${message ?? ''}`),
    });
    autosaver.push({ name: 'x' });
    await autosaver.flush();
    expect(messages.at(-1)).toBe('error:Te lang.');
  });
});
