import { hyphenationPoints } from './hyphenate';

/**
 * A piece of a line. `actual` is set on the pieces of a word broken over lines: the first
 * piece carries the whole word, the others an empty text, so search, copy and screen
 * readers get "Initiatiefnemers" once instead of "Initiatief- nemers".
 */
export interface Run {
  text: string;
  actual?: string;
  /** A piece of an over-long word cut between characters: drawn glyph by glyph, without shaping. */
  unshaped?: boolean;
}
export type Line = readonly Run[];

/** Widths of strings in the current font and size, in points. */
export type Measure = (text: string) => number;

/** A little room for kerning: words are measured one by one, drawn as one run. */
const slack = 0.5;
/** Longer words are measured character by character: shaping them whole costs ~25 µs a character. */
const shapedWordLength = 60;

interface WordPiece {
  text: string;
  consumed: number;
  unshaped?: boolean;
}

function charactersWidth(text: string, measure: Measure): number {
  let width = 0;
  for (const char of text) width += measure(char);
  return width;
}

/** A word's width; an over-long word as the sum of its characters (as it is drawn, see Run.unshaped). */
export function wordWidth(word: string, measure: Measure): number {
  return word.length <= shapedWordLength ? measure(word) : charactersWidth(word, measure);
}

/** A run's width exactly as the Typesetter draws it. */
export function runWidth(run: Run, measure: Measure): number {
  return run.unshaped ? charactersWidth(run.text, measure) : measure(run.text);
}

/** The longest start of `word` that fits in `room`, broken at a Dutch hyphenation point. */
function hyphenatedHead(word: string, room: number, measure: Measure): WordPiece | null {
  const points = hyphenationPoints(word);
  for (let index = points.length - 1; index >= 0; index -= 1) {
    const point = points[index];
    if (!point) continue;
    const text = word.slice(0, point.at) + (point.addHyphen ? '-' : '');
    if (measure(text) <= room) return { text, consumed: point.at };
  }
  return null;
}

/** As many characters as fit with a hyphen after them; at least one, so the loop always moves. */
function characterHead(chars: readonly string[], from: number, room: number, measure: Measure): WordPiece {
  const hyphen = measure('-');
  let width = 0;
  let end = from;
  while (end < chars.length) {
    const next = measure(chars[end] ?? '');
    const last = end + 1 === chars.length;
    if (end > from && width + next + (last ? 0 : hyphen) > room) break;
    width += next;
    end += 1;
  }
  const text = chars.slice(from, end).join('');
  return { text: end < chars.length ? `${text}-` : text, consumed: end - from, unshaped: true };
}

/**
 * Breaks a word that does not fit into pieces: the first fills `firstRoom` (what is left of
 * the current line) and may be empty, the others a whole line each. Only a whole line is
 * broken between characters. Linear in the word's length: every character is measured once
 * (the caller's measure caches), and only the last 60 characters are ever joined again.
 */
function splitWord(
  word: string,
  firstRoom: number,
  lineRoom: number,
  measure: Measure,
  hyphenate: boolean,
): WordPiece[] {
  const pieces: WordPiece[] = [];
  const chars = Array.from(word);
  let from = 0;
  let room = firstRoom;
  while (from < chars.length) {
    if (chars.length - from <= shapedWordLength) {
      const rest = chars.slice(from).join('');
      if (measure(rest) <= room) {
        pieces.push({ text: rest, consumed: chars.length - from });
        break;
      }
      const head = hyphenate ? hyphenatedHead(rest, room, measure) : null;
      if (head) {
        pieces.push(head);
        from += Array.from(rest.slice(0, head.consumed)).length;
        room = lineRoom;
        continue;
      }
    }
    if (room < lineRoom) {
      pieces.push({ text: '', consumed: 0 }); // no good break here: start on the next line
    } else {
      const piece = characterHead(chars, from, room, measure);
      pieces.push(piece);
      from += piece.consumed;
    }
    room = lineRoom;
  }
  return pieces;
}

/** Collects runs into lines; plain words are joined into one run per line. */
class LineBuilder {
  readonly lines: Line[] = [];
  private runs: Run[] = [];
  private plain = '';
  width = 0;
  empty = true;

  add(run: Run, width: number, spaceWidth: number): void {
    const separator = this.empty ? '' : ' ';
    if (run.actual === undefined && !run.unshaped) this.plain += separator + run.text;
    else {
      this.plain += separator;
      if (this.plain) this.runs.push({ text: this.plain });
      this.plain = '';
      this.runs.push(run);
    }
    this.width += (this.empty ? 0 : spaceWidth) + width;
    this.empty = false;
  }

  flush(): void {
    if (this.plain) this.runs.push({ text: this.plain });
    this.lines.push(this.runs);
    this.runs = [];
    this.plain = '';
    this.width = 0;
    this.empty = true;
  }
}

/** Adds a word that does not fit the current line: hyphenated, moved, or cut between characters. */
function addSplitWord(
  builder: LineBuilder,
  word: string,
  room: number,
  space: number,
  measure: Measure,
  hyphenate: boolean,
): void {
  const firstRoom = builder.empty ? room : room - builder.width - space;
  const pieces = splitWord(word, firstRoom, room, measure, hyphenate);
  const broken = pieces.filter((piece) => piece.text !== '').length > 1;
  let first = true;
  pieces.forEach((piece, index) => {
    if (index > 0) builder.flush();
    if (piece.text === '') return;
    const run: Run = { text: piece.text };
    if (piece.unshaped) run.unshaped = true;
    if (broken) run.actual = first ? word : '';
    builder.add(run, runWidth(run, measure), space);
    first = false;
  });
}

/**
 * Breaks text into lines of at most `width` points, greedily, in time linear in the text's
 * length. A word that does not fit is hyphenated with Dutch patterns (visible hyphen) or,
 * when it is wider than a line on its own, broken between characters (visible hyphen too).
 * Line breaks in the text are kept; a blank line gives an empty line. Without `hyphenate`
 * (column and row names) a word that does not fit moves to the next line whole.
 */
export function breakLines(text: string, width: number, measure: Measure, hyphenate = true): Line[] {
  const room = width - slack;
  const space = measure(' ');
  const builder = new LineBuilder();
  for (const hardLine of text.split('\n')) {
    for (const word of hardLine.replace(/\t/g, ' ').split(' ')) {
      if (word === '') continue;
      const width = wordWidth(word, measure);
      const firstRoom = builder.empty ? room : room - builder.width - space;
      if (width <= firstRoom && word.length <= shapedWordLength) builder.add({ text: word }, width, space);
      else addSplitWord(builder, word, room, space, measure, hyphenate);
    }
    builder.flush();
  }
  return builder.lines;
}

/**
 * The least width a column needs for this text without ugly breaks: its widest word, where a
 * word that can be hyphenated (or is very long) counts for at most `breakable` points.
 */
export function widestWord(text: string, measure: Measure, breakable: number): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const width = wordWidth(word, measure);
    const canBreak = width > breakable && (word.length > shapedWordLength || hyphenationPoints(word).length > 0);
    widest = Math.max(widest, canBreak ? breakable : width);
  }
  return widest;
}

/** The widest line of a text when nothing is wrapped, and the width of all its lines end to end. */
export function textWidths(text: string, measure: Measure): { widest: number; total: number } {
  const space = measure(' ');
  let widest = 0;
  let total = 0;
  for (const hardLine of text.split('\n')) {
    let width = 0;
    for (const word of hardLine.split(/[ \t]+/)) {
      if (word) width += (width > 0 ? space : 0) + wordWidth(word, measure);
    }
    widest = Math.max(widest, width);
    total += width;
  }
  return { widest, total };
}
