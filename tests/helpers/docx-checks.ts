import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

/** The parts every Word document needs; without one Word refuses or repairs the file. */
export const requiredDocxParts = [
  '[Content_Types].xml',
  '_rels/.rels',
  'word/_rels/document.xml.rels',
  'word/document.xml',
  'word/styles.xml',
] as const;

/** The .docx's parts by name, as text (every part the app writes is XML). */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The parse error of an XML part, or undefined when it is well-formed. */
export function xmlError(xml: string): string | undefined {
  const result = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  return result === true ? undefined : `${result.err.code} at ${result.err.line}:${result.err.col}: ${result.err.msg}`;
}

/**
 * Characters XML 1.0 forbids (C0 controls but tab, newline and return; U+FFFE, U+FFFF; lone
 * surrogates), as written or as character references: either makes Word report the file damaged.
 */
export function illegalXmlCharacters(xml: string): string[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
  const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  const references = /&#(x0*[0-8bcef]|x0*1[0-9a-f]|0*[0-8]|0*1[1-24-9]|0*2[0-9]|0*3[01]);/gi;
  return [...(xml.match(controls) ?? []), ...(xml.match(loneSurrogates) ?? []), ...(xml.match(references) ?? [])].map(
    (found) => `U+${(found.codePointAt(0) ?? 0).toString(16).padStart(4, '0')} ${JSON.stringify(found)}`,
  );
}

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name] ?? whole;
  });
}

/**
 * The text a reader of the document sees, in order: the runs' text joined within a paragraph,
 * tabs, line breaks and paragraph ends as white space.
 */
export function documentText(documentXml: string): string {
  let text = '';
  for (const match of documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<\/w:p>/g)) {
    text += match[1] === undefined ? ' ' : decode(match[1]);
  }
  return text;
}

/** The document's words, split at white space: what `missingInOrder` looks in. */
export function documentWords(documentXml: string): string[] {
  return documentText(documentXml).split(/\s+/).filter(Boolean);
}

/** The texts of the paragraphs with a given style ("Heading2"), in order. */
export function styledParagraphs(documentXml: string, styleId: string): string[] {
  const paragraphs = documentXml.match(/<w:p>.*?<\/w:p>|<w:p\s.*?<\/w:p>/g) ?? [];
  return paragraphs
    .filter((paragraph) => paragraph.includes(`<w:pStyle w:val="${styleId}"/>`))
    .map((paragraph) => documentText(paragraph).trim());
}

/**
 * What would make Word refuse or repair the package: a missing part, a part that is not
 * well-formed, a character XML forbids, or the wrong main content type. Empty when it is fine.
 */
export function packageProblems(parts: Record<string, string>): string[] {
  const problems = requiredDocxParts.filter((name) => !(name in parts)).map((name) => `${name} ontbreekt`);
  for (const [name, xml] of Object.entries(parts)) {
    const error = xmlError(xml);
    if (error) problems.push(`${name}: ${error}`);
    for (const character of illegalXmlCharacters(xml)) problems.push(`${name}: ${character}`);
  }
  const mainType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
  if (!parts['[Content_Types].xml']?.includes(mainType)) problems.push('[Content_Types].xml: geen document');
  if (!parts['_rels/.rels']?.includes('Target="word/document.xml"')) problems.push('_rels/.rels: geen document');
  return problems;
}
