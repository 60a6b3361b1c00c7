import { crc32, inflateSync } from 'node:zlib';
import { UserFacingError } from '../../contract/envelope';
import { logoLimits, logoTooLargeMessage } from '../../contract/print-settings-channels';

/** A stored image: its type judged from its bytes and its size in pixels. */
export interface CheckedImage {
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

const chooseOther = 'Kies een PNG- of JPEG-bestand, bijvoorbeeld het logo van je organisatie.';
const damaged =
  'Deze afbeelding is beschadigd of niet helemaal opgeslagen. Sla het logo opnieuw op en kies het nog eens.';

function refuse(message: string): never {
  throw new UserFacingError('invalid-input', message);
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Names the formats people try most, so the message says what the file really is. */
function otherFormat(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 16).toString('latin1');
  if (head.startsWith('GIF8')) return 'GIF';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'WebP';
  if (head.startsWith('BM')) return 'BMP';
  if (/^\s*(<\?xml|<svg)/i.test(bytes.subarray(0, 200).toString('utf8'))) return 'SVG';
  return undefined;
}

interface PngChunk {
  type: string;
  data: Buffer;
}

/** Every chunk with its checksum verified, up to IEND; a cut-off or changed file fails here. */
function pngChunks(bytes: Buffer): PngChunk[] {
  const chunks: PngChunk[] = [];
  let at = pngSignature.length;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > bytes.length) refuse(damaged);
    const typeAndData = bytes.subarray(at + 4, at + 8 + length);
    if (crc32(typeAndData) !== bytes.readUInt32BE(at + 8 + length)) refuse(damaged);
    const type = typeAndData.subarray(0, 4).toString('latin1');
    chunks.push({ type, data: typeAndData.subarray(4) });
    at = end;
    if (type === 'IEND') return chunks;
  }
  return refuse(damaged);
}

/** Channels per pixel of each PNG colour type (grey, RGB, palette, grey+alpha, RGBA). */
const pngChannels: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function checkPng(bytes: Buffer): CheckedImage {
  const chunks = pngChunks(bytes);
  const header = chunks[0];
  if (header?.type !== 'IHDR' || header.data.length !== 13) refuse(damaged);
  const width = header.data.readUInt32BE(0);
  const height = header.data.readUInt32BE(4);
  const bitDepth = header.data.readUInt8(8);
  const channels = pngChannels[header.data.readUInt8(9)];
  if (channels === undefined) refuse(damaged);
  checkDimensions(width, height);
  const data = Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data));
  // The pixels need at least this many bytes (interlaced images hold a few filter bytes more);
  // inflating stops well above it, so a small file cannot unpack into gigabytes.
  const expected = (Math.ceil((width * channels * bitDepth) / 8) + 1) * height;
  let pixels: Buffer;
  try {
    pixels = inflateSync(data, { maxOutputLength: expected * 2 + 1024 });
  } catch {
    return refuse(damaged);
  }
  if (pixels.length < expected) refuse(damaged);
  return { mime: 'image/png', width, height };
}

/** Start-of-frame markers carry the size: SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC). */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

function checkJpeg(bytes: Buffer): CheckedImage {
  let at = 2;
  let size: { width: number; height: number } | undefined;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) refuse(damaged);
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) refuse(damaged);
    if (isStartOfFrame(marker) && length >= 7) {
      size = { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    }
    if (marker === 0xda) {
      // The scan runs to the end-of-image marker; a file cut off in the scan lacks it.
      if (!size) refuse(damaged);
      if (bytes.lastIndexOf(Buffer.from([0xff, 0xd9])) < at + 2 + length) refuse(damaged);
      checkDimensions(size.width, size.height);
      return { mime: 'image/jpeg', ...size };
    }
    at += 2 + length;
  }
  return refuse(damaged);
}

function checkDimensions(width: number, height: number): void {
  const { minSide, maxSide } = logoLimits;
  if (width < minSide || height < minSide) {
    refuse(
      `Deze afbeelding is te klein (${width} × ${height} pixels; minstens ${minSide} × ${minSide}). Kies een groter logo.`,
    );
  }
  if (width > maxSide || height > maxSide) {
    refuse(
      `Deze afbeelding is te groot (${width} × ${height} pixels; hoogstens ${maxSide} pixels breed en hoog). Kies een kleiner logo.`,
    );
  }
}

/**
 * Judges an image by its bytes, never by its name: PNG or JPEG only, at most 1 MB, whole (every
 * PNG chunk's checksum and the compressed pixels; a JPEG's markers up to its end), and of a
 * sensible size in pixels. Throws a Dutch message that says what to do otherwise.
 */
export function checkLogoImage(bytes: Buffer): CheckedImage {
  if (bytes.length === 0) refuse('Dit bestand is leeg. Kies een PNG- of JPEG-afbeelding.');
  if (bytes.length > logoLimits.maxBytes) refuse(logoTooLargeMessage);
  if (bytes.subarray(0, 8).equals(pngSignature)) return checkPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return checkJpeg(bytes);
  const format = otherFormat(bytes);
  if (format) refuse(`Dit is een ${format}-afbeelding. Het werkboek kan alleen PNG en JPEG afdrukken. ${chooseOther}`);
  return refuse(
    `Dit bestand is geen PNG- of JPEG-afbeelding. Het werkboek kijkt naar wat er in het bestand staat, niet naar de naam. ${chooseOther}`,
  );
}
