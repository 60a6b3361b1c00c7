import { appOrigin } from './navigation';

/** The part of Electron's `Session` the spelling checker set-up uses; a plain object in tests. */
export interface SpellcheckSession {
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  setSpellCheckerLanguages(languages: string[]): void;
  readonly availableSpellCheckerLanguages: string[];
}

/**
 * Where Chromium may fetch Hunspell dictionaries from: the app's own scheme, which serves no
 * dictionaries. Electron's default is a Google CDN, fetched on Linux as soon as a text field
 * asks for spell checking; that would break the promise that the werkboek never goes online.
 * Windows and macOS use the system's own spelling checker and download nothing.
 */
export const dictionaryDownloadUrl = `${appOrigin}/woordenboeken/`;

/**
 * Keeps the spelling checker offline and Dutch: the download URL points inside the app, and
 * only Dutch is asked for (when this platform offers it), so no other language is fetched.
 */
export function keepSpellcheckerOffline(session: SpellcheckSession): void {
  session.setSpellCheckerDictionaryDownloadURL(dictionaryDownloadUrl);
  const dutch = session.availableSpellCheckerLanguages.filter((language) => language.toLowerCase().startsWith('nl'));
  session.setSpellCheckerLanguages(dutch.slice(0, 1));
}
