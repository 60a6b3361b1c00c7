import type { DiffSegment } from '../../contract/pop-op-channels';

/** Above this many token pairs the middle part is shown as replaced whole (keeps memory and time small). */
const maxCells = 2_000_000;

function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token !== '');
}

function push(segments: DiffSegment[], text: string, change: DiffSegment['change']): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last && last.change === change) last.text += text;
  else segments.push({ text, change });
}

/** Longest common subsequence of two token lists, as segments in reading order. */
function lcsSegments(before: string[], after: string[], segments: DiffSegment[]): void {
  const n = before.length;
  const m = after.length;
  // lengths[i][j]: LCS length of before[i..] and after[j..], stored row by row.
  const lengths = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * (m + 1) + j] =
        before[i] === after[j]
          ? (lengths[(i + 1) * (m + 1) + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * (m + 1) + j] ?? 0, lengths[i * (m + 1) + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      push(segments, before[i] ?? '', 'same');
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * (m + 1) + j] ?? 0) >= (lengths[i * (m + 1) + j + 1] ?? 0)) {
      push(segments, before[i] ?? '', 'removed');
      i += 1;
    } else {
      push(segments, after[j] ?? '', 'added');
      j += 1;
    }
  }
  for (; i < n; i += 1) push(segments, before[i] ?? '', 'removed');
  for (; j < m; j += 1) push(segments, after[j] ?? '', 'added');
}

/**
 * Joins changes that are only separated by white space ("vanaf" " " "mijn" removed word by
 * word) into one removed and one added run, so a rewritten phrase reads as one change.
 */
function joinChangeRuns(segments: DiffSegment[]): DiffSegment[] {
  const result: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    push(result, removed, 'removed');
    push(result, added, 'added');
    removed = '';
    added = '';
  };
  segments.forEach((segment, index) => {
    const inRun = removed !== '' || added !== '';
    if (segment.change === 'same') {
      const next = segments[index + 1];
      if (inRun && /^\s+$/.test(segment.text) && next && next.change !== 'same') {
        removed += segment.text;
        added += segment.text;
        return;
      }
      flush();
      push(result, segment.text, 'same');
      return;
    }
    if (segment.change === 'removed') removed += segment.text;
    else added += segment.text;
  });
  flush();
  return result;
}

/**
 * A word-level comparison of two texts: what stayed, what was removed and what was added.
 * Joining the 'same' and 'removed' parts gives `before`; 'same' and 'added' give `after`.
 */
export function diffWords(before: string, after: string): DiffSegment[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const segments: DiffSegment[] = [];
  push(segments, a.slice(0, start).join(''), 'same');
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  if (middleA.length * middleB.length > maxCells) {
    push(segments, middleA.join(''), 'removed');
    push(segments, middleB.join(''), 'added');
  } else {
    lcsSegments(middleA, middleB, segments);
  }
  push(segments, a.slice(endA).join(''), 'same');
  return joinChangeRuns(segments);
}
