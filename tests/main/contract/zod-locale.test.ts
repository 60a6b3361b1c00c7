import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../../main/contract/app-channels';

// This file imports a schema and nothing from main/services, as the renderer does: the Dutch
// messages must come with the contract, not with dispatch (Vitest runs each file on its own).
describe('the contract speaks Dutch wherever it is parsed', () => {
  it('gives Dutch messages without main/services loaded', () => {
    const result = profileSchema.safeParse({ name: 42 });
    expect(result.success).toBe(false);
    const message = result.error?.issues[0]?.message ?? '';
    expect(message).toMatch(/ongeldig|verwacht/i);
    expect(message).not.toMatch(/expected|invalid/i);
  });
});
