import { hyphenationPoints } from './hyphenate';

/**
 * A piece of a line. `actual` is set on the pieces of a word broken over lines: the first
 * piece carries the whole word, the others an empty text, so search, copy and screen
 * readers get "Initiatiefnemers" once instead of "Initiatief- nemers".
 */
export interface Run {
  text: string;
  actual?: string;
}
export type Line = readonly Run[];

/** Widths of strings in the current font and size, in points. */
export type Measure = (text: string) => number;

/** A little room for kerning: pieces are measured glyph by glyph, drawn as one run. */
const slack = 0.5;

interface WordPiece {
  text: string;
  consumed: number;
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
    if (end > from && width + next + hyphen > room) break;
    width += next;
    end += 1;
  }
  const text = chars.slice(from, end).join('');
  return { text: end < chars.length ? `${text}-` : text, consumed: end - from };
}

/**
 * Breaks a word that does not fit into pieces: the first fills `firstRoom` (what is left of
 * the current line) and may be empty, the others a whole line each. Only a whole line is
 * broken between characters. Linear in the word's length: every character is measured once
 * (the caller's measure caches), and only the last 60 characters are ever joined again.
 */
function splitWord(word: string, firstRoom: number, lineRoom: number, measure: Measure): string[] {
  const pieces: string[] = [];
  const chars = Array.from(word);
  let from = 0;
  let room = firstRoom;
  while (from < chars.length) {
    if (chars.length - from <= 60) {
      const rest = chars.slice(from).join('');
      if (measure(rest) <= room) {
        pieces.push(rest);
        break;
      }
      const head = hyphenatedHead(rest, room, measure);
      if (head) {
        pieces.push(head.text);
        from += Array.from(rest.slice(0, head.consumed)).length;
        room = lineRoom;
        continue;
      }
    }
    if (room < lineRoom)
      pieces.push(''); // no good break on the current line: start on the next one
    else {
      const piece = characterHead(chars, from, room, measure);
      pieces.push(piece.text);
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

  add(text: string, textWidth: number, spaceWidth: number, actual?: string): void {
    const separator = this.empty ? '' : ' ';
    if (actual === undefined) this.plain += separator + text;
    else {
      this.plain += separator;
      if (this.plain) this.runs.push({ text: this.plain });
      this.plain = '';
      this.runs.push({ text, actual });
    }
    this.width += (this.empty ? 0 : spaceWidth) + textWidth;
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

/**
 * Breaks text into lines of at most `width` points, greedily, in time linear in the text's
 * length. A word that does not fit is hyphenated with Dutch patterns (visible hyphen) or,
 * when it is wider than a line on its own, broken between characters (visible hyphen too).
 * Line breaks in the text are kept; a blank line gives an empty line.
 */
export function breakLines(text: string, width: number, measure: Measure): Line[] {
  const room = width - slack;
  const space = measure(' ');
  const builder = new LineBuilder();
  for (const hardLine of text.split('\n')) {
    for (const word of hardLine.replace(/\t/g, ' ').split(' ')) {
      if (word === '') continue;
      const wordWidth = measure(word);
      const firstRoom = builder.empty ? room : room - builder.width - space;
      if (wordWidth <= firstRoom) {
        builder.add(word, wordWidth, space);
        continue;
      }
      const pieces = splitWord(word, firstRoom, room, measure);
      const broken = pieces.filter((piece) => piece !== '').length > 1;
      let first = true;
      pieces.forEach((piece, index) => {
        if (index > 0) builder.flush();
        if (piece === '') return;
        builder.add(piece, measure(piece), space, broken ? (first ? word : '') : undefined);
        first = false;
      });
    }
    builder.flush();
  }
  return builder.lines;
}

/** The widest word of a text: the least a column can be without breaking words. */
export function widestWord(text: string, measure: Measure): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) if (word) widest = Math.max(widest, measure(word));
  return widest;
}

/** The widest line of a text when nothing is wrapped, stopping once it passes `cap`. */
export function naturalWidth(text: string, measure: Measure, cap: number): number {
  const space = measure(' ');
  let widest = 0;
  for (const hardLine of text.split('\n')) {
    let width = 0;
    for (const word of hardLine.split(/[ \t]+/)) {
      if (!word) continue;
      width += (width > 0 ? space : 0) + measure(word);
      if (width >= cap) return cap;
    }
    widest = Math.max(widest, width);
  }
  return widest;
}
