import type { Initiative, InitiativePatch } from '../../../../main/contract/financing-channels';

/**
 * One field of a patch, as the autosaver keeps it: `<initiative id>/<key>`, with answers and
 * weights per consideration (`7/answers.eigenaarschap`), so one refused field never holds back
 * the others.
 */
export function patchFields(id: number, patch: InitiativePatch): [string, unknown][] {
  const fields: [string, unknown][] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (key === 'answers' || key === 'weights') {
      for (const [consideration, entry] of Object.entries(value as Record<string, unknown>)) {
        if (entry !== undefined) fields.push([`${id}/${key}.${consideration}`, entry]);
      }
    } else fields.push([`${id}/${key}`, value]);
  }
  return fields;
}

/** The patch that writes one such field. */
export function patchOf(field: string, value: unknown): { id: number; patch: InitiativePatch } {
  const [id = '', path = ''] = field.split('/');
  const [key = '', consideration] = path.split('.');
  const patch = consideration === undefined ? { [key]: value } : { [key]: { [consideration]: value } };
  return { id: Number(id), patch: patch as InitiativePatch };
}

/** The open initiative with a patch applied: answers and weights merge per consideration. */
export function withPatch(current: Initiative, patch: InitiativePatch): Initiative {
  return {
    ...current,
    ...stripUndefined(patch),
    answers: { ...current.answers, ...patch.answers },
    weights: { ...current.weights, ...patch.weights },
  } as Initiative;
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
