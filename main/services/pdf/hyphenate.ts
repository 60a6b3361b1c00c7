import { createRequire } from 'node:module';

type DutchHyphenator = typeof import('hyphen/nl/index.js')['default'];

/*
 * Loaded on the first export, not at start-up: the Dutch patterns are 230 kB of JavaScript.
 * (Kept out of the bundle like pdfkit and snowball-stemmers; see scripts/build.mjs.)
 */
let dutch: DutchHyphenator | undefined;
function dutchHyphenator(): DutchHyphenator {
  dutch ??= createRequire(__filename)('hyphen/nl/index.js') as DutchHyphenator;
  return dutch;
}

/** Words longer than this are broken at character boundaries: the pattern library is quadratic in word length. */
const maxHyphenatedLength = 60;
const softHyphen = '\u00AD';
const letter = /\p{L}/u;
// Dutch drops the trema at a line break (co-ördinator becomes co-ordinator); we simply do not break there.
const tremaVowel = /^[äëïöüÄËÏÖÜ]/;
const cache = new Map<string, readonly number[]>();

function lettersIn(text: string): number {
  let count = 0;
  for (const char of text) if (letter.test(char)) count += 1;
  return count;
}

function patternPoints(word: string): number[] {
  const marked = dutchHyphenator().hyphenateSync(word, { hyphenChar: softHyphen });
  const points: number[] = [];
  let index = 0;
  for (const char of marked) {
    if (char === softHyphen) points.push(index);
    else index += char.length;
  }
  return points;
}

/** After an explicit hyphen between two letters ("Kovačević-IJzerman"); not in dates like 15-09-2027. */
function explicitHyphenPoints(word: string): number[] {
  const points: number[] = [];
  for (let index = 1; index < word.length - 1; index += 1) {
    if (word[index] === '-' && letter.test(word[index - 1] ?? '') && letter.test(word[index + 1] ?? '')) {
      points.push(index + 1);
    }
  }
  return points;
}

/**
 * Where a word may be broken at the end of a line, as string offsets, from the Dutch TeX
 * patterns: at least two letters stay on the line and three go to the next. A break at a
 * pattern point gets a visible hyphen; a break after an explicit hyphen does not.
 */
export function hyphenationPoints(word: string): { at: number; addHyphen: boolean }[] {
  if (word.length > maxHyphenatedLength || /[\d/@:]/.test(word)) return [];
  let points = cache.get(word);
  if (!points) {
    points = patternPoints(word).filter(
      (at) =>
        lettersIn(word.slice(0, at)) >= 2 &&
        lettersIn(word.slice(at)) >= 3 &&
        letter.test(word[at - 1] ?? '') &&
        !tremaVowel.test(word.slice(at)),
    );
    if (cache.size > 20_000) cache.clear();
    cache.set(word, points);
  }
  const explicit = explicitHyphenPoints(word).map((at) => ({ at, addHyphen: false }));
  return [...points.map((at) => ({ at, addHyphen: true })), ...explicit].sort((a, b) => a.at - b.at);
}
