import { createHash } from 'node:crypto';

/**
 * A fingerprint of the guide's text, so a test can tell copied prose from our own words
 * without the guide's text in the repository: the hash of every run of words in the source.
 *
 * Text is compared as words only: lower case, accents dropped ("wél" = "wel"), punctuation
 * and white space ignored. A run of words is hashed with its words joined without spaces,
 * so a word the PDF extraction broke over two lines ("Overheids participatie",
 * "gemeente- raad") still matches the whole word in our text.
 */

/** Runs of this many words or more, shared with the source, count as copied. */
export const copiedRunWords = 12;

/**
 * Source runs are hashed at these lengths: a 12-word run of ours matches 13 or 14 source
 * tokens where the extraction split one or two words, 11 where we split one ("naar toe").
 */
export const sourceRunLengths = [copiedRunWords - 1, copiedRunWords, copiedRunWords + 1, copiedRunWords + 2];

/** The words of a text, lower case, without accents and punctuation. */
export function wordsOf(text: string): string[] {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return plain.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** 48 bits of SHA-256 (8 base64url characters): ample to keep ~20 000 source runs apart from ours. */
export function hashRun(words: readonly string[]): string {
  return createHash('sha256').update(words.join('')).digest().subarray(0, 6).toString('base64url');
}

/** The hash of every run of `length` consecutive words. */
export function runHashes(words: readonly string[], length: number): string[] {
  const hashes: string[] = [];
  for (let start = 0; start + length <= words.length; start += 1) {
    hashes.push(hashRun(words.slice(start, start + length)));
  }
  return hashes;
}

/** `source-runs.txt`: one run hash a line. `source-statements.json`: statement id → hash, as found in the source. */
export const runsFile = 'source-runs.txt';
export const statementsFile = 'source-statements.json';

/** A passage of ours that shares runs with the source: the longest stretches, as our words. */
export function copiedStretches(words: readonly string[], sourceRuns: ReadonlySet<string>): string[] {
  const stretches: string[] = [];
  let start = -1;
  let end = -1;
  for (let index = 0; index + copiedRunWords <= words.length; index += 1) {
    if (!sourceRuns.has(hashRun(words.slice(index, index + copiedRunWords)))) continue;
    if (start >= 0 && index <= end) {
      end = index + copiedRunWords;
      continue;
    }
    if (start >= 0) stretches.push(words.slice(start, end).join(' '));
    start = index;
    end = index + copiedRunWords;
  }
  if (start >= 0) stretches.push(words.slice(start, end).join(' '));
  return stretches;
}
