import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type FieldSaveState, type SaveResult } from '../../../renderer/src/lib/autosaver';

const fields = ['naam', 'organisatie', 'vraag1', 'vraag2'] as const;
type Outcome = 'ok' | 'transient' | 'refused';

const step = fc.oneof(
  fc.record({
    kind: fc.constant('type' as const),
    field: fc.constantFrom(...fields),
    // 'X' marks a value the contract refuses in the renderer (too long, control characters).
    value: fc.string({ unit: fc.constantFrom('a', 'b', 'X'), maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 3000 }) }),
  fc.record({ kind: fc.constant('flush' as const) }),
);

describe('createAutosaver (property)', () => {
  afterEach(() => vi.useRealTimers());

  it('every field shown as saved holds its last typed value in storage; no failing field shows saved', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom<Outcome>('ok', 'transient', 'refused'), { minLength: 1, maxLength: 20 }),
        async (steps, outcomes) => {
          vi.useFakeTimers();
          const stored: Record<string, string> = {};
          const states: Record<string, FieldSaveState | undefined> = {};
          const lastTyped: Record<string, string> = {};
          let call = 0;
          const autosaver = createAutosaver<string>({
            delayMs: 200,
            retryDelaysMs: [500, 1000],
            validate: (_field, value) => (value.includes('X') ? 'Deze tekst past niet.' : undefined),
            save: async (field, value): Promise<SaveResult> => {
              const outcome = outcomes[call++ % outcomes.length];
              if (outcome === 'transient') return { ok: false, message: 'Bezet.', transient: true };
              if (outcome === 'refused') return { ok: false, message: 'Geweigerd.', transient: false };
              stored[field] = value;
              return { ok: true };
            },
            onChange: (field, state) => {
              states[field] = state;
            },
          });
          for (const s of steps) {
            if (s.kind === 'type') {
              lastTyped[s.field] = s.value;
              autosaver.push(s.field, s.value);
            } else if (s.kind === 'wait') await vi.advanceTimersByTimeAsync(s.ms);
            else await autosaver.flush();
          }
          await vi.advanceTimersByTimeAsync(10_000);
          for (const field of Object.keys(lastTyped)) {
            const state = states[field];
            if (state?.state === 'saved') expect(stored[field]).toBe(lastTyped[field]);
            if (lastTyped[field]?.includes('X')) expect(state?.state).toBe('error');
            // Nothing is dropped: a field is either saved with its last value or visibly not saved.
            expect(state?.state === 'saved' || state?.state === 'error' || state?.state === 'retrying').toBe(true);
          }
          autosaver.discard();
          vi.useRealTimers();
        },
      ),
      { numRuns: 200 },
    );
  });
});
