import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Checks on a written PDF, read back with poppler, qpdf and pdf.js: what a reader and a checker see. */

export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export function writePdf(dir: string, bytes: Buffer, name = 'document.pdf'): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** Every word with its box, per page, from poppler's `pdftotext -bbox`. */
export function wordBoxes(file: string): WordBox[][] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const decodeEntities = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (match) => ({
          xMin: Number(match[1]),
          yMin: Number(match[2]),
          xMax: Number(match[3]),
          yMax: Number(match[4]),
          text: decodeEntities(match[5] ?? ''),
        }),
      ),
    );
}

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Poppler's text blocks (paragraph-like boxes) per page, from `pdftotext -bbox-layout`: where the text stands. */
export function textBlocks(file: string): Box[][] {
  const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<block xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g)].map((match) => ({
        xMin: Number(match[1]),
        yMin: Number(match[2]),
        xMax: Number(match[3]),
        yMax: Number(match[4]),
      })),
    );
}

/** Pairs of words whose boxes overlap by more than a sliver: text drawn over text. Sorted sweep, so fast on long documents. */
export function overlappingWords(words: readonly WordBox[]): string[] {
  const found: string[] = [];
  const sorted = [...words].sort((a, b) => a.yMin - b.yMin);
  sorted.forEach((a, index) => {
    for (let next = index + 1; next < sorted.length; next += 1) {
      const b = sorted[next];
      if (!b || b.yMin >= a.yMax - 2) break;
      const width = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const height = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (width > 1 && height > 2) found.push(`${a.text} / ${b.text}`);
    }
  });
  return found;
}

/** The text in content-stream order (`pdftotext -raw`), as words. */
export function rawWords(file: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return text.split(/\s+/).filter(Boolean);
}

/**
 * The words of `text` that are missing from `printed` in their order: each must be found after
 * the one before it (the PDF may hold other text in between: labels, headers, other cells).
 */
export function missingInOrder(text: string, printed: readonly string[], start = 0): string[] {
  const missing: string[] = [];
  let at = start;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const found = printed.indexOf(word, at);
    if (found < 0) missing.push(word);
    else at = found + 1;
  }
  return missing;
}

/**
 * Pages (1-based) whose body holds a single line of text: a widow or orphan left alone. A page
 * that continues a table row under its "(vervolg)" header is left out: the pieces of a very long
 * word carry their text once, on the first page (ActualText), so the text layer of the next
 * pages shows only the header although the row goes on there.
 */
export function singleLinePages(file: string, body: { top: number; bottom: number }): number[] {
  return wordBoxes(file).flatMap((words, index) => {
    const inBody = words.filter((word) => word.yMin >= body.top && word.yMax <= body.bottom);
    const lines = new Set(inBody.map((word) => Math.round(word.yMin)));
    const continuesRow = inBody.some((word) => word.text === '(vervolg)');
    return lines.size === 1 && !continuesRow ? [index + 1] : [];
  });
}

export function qpdfCheck(file: string): string {
  return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

const paintingOperators = new Set<number>([
  OPS.showText,
  OPS.showSpacedText,
  OPS.nextLineShowText,
  OPS.nextLineSetSpacingShowText,
  OPS.fill,
  OPS.eoFill,
  OPS.stroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
  OPS.closeStroke,
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.shadingFill,
]);

/**
 * With pdf.js: every painting operator (text, fill, stroke, image) that is not inside a
 * marked-content sequence that is either tagged (has an MCID) or an Artifact (Matterhorn 01-005).
 */
export async function untaggedPainting(bytes: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const names = Object.fromEntries(Object.entries(OPS).map(([name, code]) => [code, name]));
  const found: string[] = [];
  for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
    const { fnArray, argsArray } = await (await document.getPage(pageNumber)).getOperatorList();
    const open: boolean[] = [];
    fnArray.forEach((fn, index) => {
      const args = argsArray[index] as unknown[] | null;
      if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) {
        const [tag, mcid] = args ?? [];
        open.push(tag === 'Artifact' || typeof mcid === 'number');
      } else if (fn === OPS.endMarkedContent) open.pop();
      const paints =
        paintingOperators.has(fn) || (fn === OPS.constructPath && args?.[0] !== OPS.endPath && args?.[0] !== undefined);
      if (paints && !open.some(Boolean)) found.push(`page ${pageNumber}: ${names[fn]}`);
    });
  }
  await document.destroy();
  return found;
}

/** The structure elements' roles, from pdf.js's structure tree of every page, with the Figures' Alt texts. */
export async function structureRoles(bytes: Buffer): Promise<{ roles: string[]; figureAlts: (string | undefined)[] }> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const roles: string[] = [];
  const figureAlts: (string | undefined)[] = [];
  interface Node {
    role?: string;
    alt?: string;
    children?: Node[];
  }
  const walk = (node: Node) => {
    if (node.role) roles.push(node.role);
    if (node.role === 'Figure') figureAlts.push(node.alt);
    for (const child of node.children ?? []) walk(child);
  };
  // pdf.js gives per page the part of the tree with content on that page.
  for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
    walk((await (await document.getPage(pageNumber)).getStructTree()) as Node);
  }
  await document.destroy();
  return { roles, figureAlts };
}

type QpdfValue = string | number | boolean | null | QpdfValue[] | { [key: string]: QpdfValue };
type QpdfObject = Record<string, QpdfValue>;

/** The file's objects as qpdf's JSON (version 2) reads them: "12 0 R" → dictionary. */
export function qpdfObjects(file: string): Map<string, QpdfValue> {
  const json = JSON.parse(
    execFileSync('qpdf', ['--json', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }),
  ) as { qpdf: [unknown, Record<string, { value?: QpdfValue; stream?: { dict: QpdfValue } }>] };
  const objects = new Map<string, QpdfValue>();
  for (const [key, entry] of Object.entries(json.qpdf[1])) {
    const value = entry.value ?? entry.stream?.dict;
    if (value !== undefined) objects.set(key.replace(/^obj:/, ''), value);
  }
  return objects;
}

const isDictionary = (value: QpdfValue | undefined): value is QpdfObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows a reference ("12 0 R") to its object. */
export function resolve(objects: Map<string, QpdfValue>, value: QpdfValue | undefined): QpdfValue | undefined {
  return typeof value === 'string' && / \d+ R$/.test(value) ? objects.get(value) : value;
}

/** Structure elements (dictionaries with /S) of the file, each with its role, attributes and Alt text. */
export function structElements(objects: Map<string, QpdfValue>) {
  return [...objects.values()].filter(isDictionary).flatMap((dictionary) => {
    const role = dictionary['/S'];
    if (typeof role !== 'string' || dictionary['/P'] === undefined) return [];
    const attributes = resolve(objects, dictionary['/A']);
    return [{ role: role.slice(1), attributes: isDictionary(attributes) ? attributes : undefined, dictionary }];
  });
}

export { isDictionary };
