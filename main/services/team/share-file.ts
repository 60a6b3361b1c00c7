import { maxShareFileBytes } from '../../contract/team-channels';
import { z } from '../../contract/zod';

/** Marks a file as a Teamspiegel share file. */
export const shareFileFormat = 'werkboek-teamspiegel';
/** Version of the share file's layout. */
export const shareFileVersion = 1;
/** The share file's extension. */
export const shareFileExtension = 'teamspiegel';

/** Exactly what a share file holds: no name, no reflections, no notes, no exact dates. */
export interface ShareFile {
  format: typeof shareFileFormat;
  version: typeof shareFileVersion;
  roundCode: string;
  respondentId: string;
  /** `YYYY-MM` of the run. */
  month: string;
  /** Every statement of the guide, in its order: 1–4, or null when not answered. */
  answers: Record<string, number | null>;
}

/** The text of a share file: small, readable JSON with the answers in the guide's order. */
export function shareFileText(file: ShareFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const respondentIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const monthPattern = /^(19|20|21)\d\d-(0[1-9]|1[0-2])$/;

const messages = {
  tooLarge: 'Dit bestand is te groot voor een teamspiegelbestand. Er is niets van opgeslagen.',
  notAShareFile:
    'Dit is geen teamspiegelbestand, of het is beschadigd. Vraag de deelnemer het bestand opnieuw te maken. Er is niets van opgeslagen.',
  damaged:
    'Dit teamspiegelbestand is beschadigd of aangepast. Vraag de deelnemer het opnieuw te maken. Er is niets van opgeslagen.',
  outOfRange:
    'Dit bestand bevat antwoorden die niet op de schaal van 1 tot en met 4 liggen. Het is aangepast of beschadigd. Er is niets van opgeslagen.',
  noAnswers: 'Dit bestand bevat geen antwoorden. Er is niets van opgeslagen.',
} as const;

export type ShareFileCheck = { ok: true; file: ShareFile } | { ok: false; message: string };

const refuse = (message: string): ShareFileCheck => ({ ok: false, message });

/** JSON.parse that refuses keys which could reach an object's prototype. */
function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new Error('forbidden key');
    return value;
  });
}

const outerSchema = z.strictObject({
  format: z.literal(shareFileFormat),
  version: z.number().int(),
  roundCode: z.string().max(40),
  respondentId: z.string().regex(respondentIdPattern),
  month: z.string().regex(monthPattern),
  answers: z.record(z.string(), z.unknown()),
});

/**
 * Checks a share file completely before anything of it is stored: size, JSON, the shape,
 * the version, the round code and every answer. Returns the file or a Dutch reason.
 */
export function checkShareFile(
  input: { text: string; size: number },
  expected: { roundCode: string; statementIds: readonly string[] },
): ShareFileCheck {
  if (input.size > maxShareFileBytes || input.text.length > maxShareFileBytes) return refuse(messages.tooLarge);
  let raw: unknown;
  try {
    raw = parseJsonSafely(input.text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse(messages.notAShareFile);
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== shareFileFormat) {
    return refuse(messages.notAShareFile);
  }
  const version = (raw as { version?: unknown }).version;
  if (version !== shareFileVersion) {
    return refuse(
      `Dit teamspiegelbestand heeft een andere versie (${typeof version === 'number' ? version : 'onbekend'}) dan dit werkboek kan lezen (${shareFileVersion}). Vraag de deelnemer het opnieuw te maken met dezelfde versie van het werkboek. Er is niets van opgeslagen.`,
    );
  }
  const parsed = outerSchema.safeParse(raw);
  if (!parsed.success) return refuse(messages.damaged);
  const file = parsed.data;
  if (file.roundCode !== expected.roundCode) {
    return refuse(
      `Dit bestand hoort bij ronde ${file.roundCode}, niet bij ${expected.roundCode}. Voeg het toe aan de goede ronde. Er is niets van opgeslagen.`,
    );
  }
  return checkAnswers(file, expected.statementIds);
}

function checkAnswers(file: z.infer<typeof outerSchema>, statementIds: readonly string[]): ShareFileCheck {
  const keys = Object.keys(file.answers);
  if (keys.length !== statementIds.length || !statementIds.every((id) => Object.hasOwn(file.answers, id))) {
    return refuse(messages.damaged);
  }
  const answers: Record<string, number | null> = {};
  for (const id of statementIds) {
    const value = file.answers[id];
    if (value !== null && !(typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4)) {
      return refuse(messages.outOfRange);
    }
    answers[id] = value;
  }
  if (Object.values(answers).every((value) => value === null)) return refuse(messages.noAnswers);
  return { ok: true, file: { ...file, format: shareFileFormat, version: shareFileVersion, answers } };
}
