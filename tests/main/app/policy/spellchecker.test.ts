import { describe, expect, it } from 'vitest';
import {
  dictionaryDownloadUrl,
  keepSpellcheckerOffline,
  type SpellcheckSession,
} from '../../../../main/app/policy/spellchecker';

/** Records what the set-up does to a session, the way Electron's Session would keep it. */
function recordingSession(available: string[]) {
  const session = {
    downloadUrl: 'https://redirector.gvt1.com/edgedl/chrome/dict/',
    languages: ['en-US'],
    availableSpellCheckerLanguages: available,
    setSpellCheckerDictionaryDownloadURL(url: string) {
      session.downloadUrl = url;
    },
    setSpellCheckerLanguages(languages: string[]) {
      session.languages = languages;
    },
  } satisfies SpellcheckSession & { downloadUrl: string; languages: string[] };
  return session;
}

describe('keepSpellcheckerOffline', () => {
  it('points the dictionary download at the app itself, never at the internet', () => {
    const session = recordingSession(['en-US', 'nl', 'de']);
    keepSpellcheckerOffline(session);
    expect(session.downloadUrl).toBe(dictionaryDownloadUrl);
    expect(new URL(session.downloadUrl).protocol).toBe('app:');
    expect(session.downloadUrl).not.toMatch(/^(https?|ftp):/);
  });

  it('asks only for Dutch, so no other dictionary is wanted', () => {
    const session = recordingSession(['en-US', 'nl', 'nl-BE']);
    keepSpellcheckerOffline(session);
    expect(session.languages).toEqual(['nl']);
  });

  it('asks for no language where Dutch is not offered', () => {
    const session = recordingSession(['en-US']);
    keepSpellcheckerOffline(session);
    expect(session.languages).toEqual([]);
  });
});
