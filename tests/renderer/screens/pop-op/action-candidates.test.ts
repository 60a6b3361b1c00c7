import { afterEach, describe, expect, it } from 'vitest';
import { channels } from '../../../../main/contract/channels';
import type { ActionCandidate } from '../../../../main/contract/self-analysis-channels';
import { actionFromCandidate, openCandidates } from '../../../../renderer/src/screens/pop-op/action-candidates';
import { usePopOpStore } from '../../../../renderer/src/stores/pop-op-store';

function candidate(runId: number, statementId: string): ActionCandidate {
  return {
    runId,
    runName: '',
    runCreatedAt: '2026-01-01T00:00:00.000Z',
    themeId: 'doen',
    themeTitle: 'Doen',
    statementId,
    statementText: `Stelling ${statementId}`,
    answer: 2,
    suggestion: null,
    markedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('marked statements in the POP-OP', () => {
  it('lists each statement once, from the newest run, and only while no action links to it', () => {
    const newest = [candidate(2, 'doen-4'), candidate(2, 'doen-1'), candidate(1, 'doen-4'), candidate(1, 'doen-2')];
    expect(openCandidates(newest, []).map((c) => [c.runId, c.statementId])).toEqual([
      [2, 'doen-4'],
      [2, 'doen-1'],
      [1, 'doen-2'],
    ]);
    expect(openCandidates(newest, [null, 'doen-4', 'geld-1']).map((c) => c.statementId)).toEqual(['doen-1', 'doen-2']);
  });

  it('turns a candidate into an action that starts with its text', () => {
    expect(actionFromCandidate(candidate(1, 'doen-3'))).toEqual({ what: 'Stelling doen-3', statementId: 'doen-3' });
  });
});

describe('from candidate to action through the store', () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'window');
  });

  it('asks main for an action linked to the statement, shows it with its link and focuses it', async () => {
    // A bridge that checks each input against the contract (as main's dispatch does) and records it.
    const sent: { channel: string; input: unknown }[] = [];
    const plan = { id: 7, actions: [] as unknown[] };
    const answer = (channel: string, input: unknown): unknown => {
      if (channel === 'popOp.get') return { ...plan, title: 'POP-OP 2027' };
      if (channel === 'popOp.actions.add') {
        const { fields } = channels['popOp.actions.add'].input.parse(input);
        return {
          id: 31,
          what: '',
          withWhom: '',
          dueDate: '',
          status: 'gepland',
          result: '',
          statementId: null,
          ...fields,
          statementText: 'Stelling doen-4',
          carriedOverFrom: null,
        };
      }
      throw new Error(`unexpected channel ${channel}`);
    };
    Object.assign(globalThis, {
      window: {
        api: {
          call: async (channel: string, input: unknown) => {
            sent.push({ channel, input });
            return { ok: true, value: answer(channel, input) };
          },
        },
      },
    });

    await usePopOpStore.getState().openPlan(plan.id);
    await usePopOpStore.getState().addAction(actionFromCandidate(candidate(3, 'doen-4')));

    expect(sent.find((call) => call.channel === 'popOp.actions.add')?.input).toEqual({
      planId: 7,
      fields: { what: 'Stelling doen-4', statementId: 'doen-4' },
    });
    const state = usePopOpStore.getState();
    expect(state.error).toBeUndefined();
    expect(state.plan?.actions).toMatchObject([{ id: 31, statementId: 'doen-4', statementText: 'Stelling doen-4' }]);
    expect(state.focusActionId).toBe(31);
    expect(openCandidates([candidate(3, 'doen-4')], state.plan?.actions.map((a) => a.statementId) ?? [])).toEqual([]);
  });
});
