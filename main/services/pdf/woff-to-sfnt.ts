import { inflateSync } from 'node:zlib';

const woffSignature = 0x774f4646; // 'wOFF'
const woffHeaderBytes = 44;
const woffEntryBytes = 20;
const sfntHeaderBytes = 12;
const sfntEntryBytes = 16;

interface TableEntry {
  tag: number;
  checksum: number;
  data: Buffer;
}

const padded = (length: number) => (length + 3) & ~3;

/**
 * Turns a WOFF 1.0 font into the plain TrueType/OpenType (SFNT) bytes it wraps: each table
 * inflated once. pdfkit's fontkit otherwise decompresses the .woff again for every document,
 * which dominated the time of a warm PDF export.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < woffHeaderBytes || woff.readUInt32BE(0) !== woffSignature) {
    throw new Error('Not a WOFF 1.0 font');
  }
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: TableEntry[] = [];
  for (let index = 0; index < numTables; index += 1) {
    const entry = woffHeaderBytes + index * woffEntryBytes;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    // WOFF stores a table uncompressed when zlib would not make it smaller.
    const data = compLength < origLength ? inflateSync(stored) : Buffer.from(stored);
    if (data.length !== origLength) throw new Error('WOFF table has the wrong length');
    tables.push({ tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data });
  }

  const largestPowerOfTwo = 2 ** Math.floor(Math.log2(numTables));
  const directoryEnd = sfntHeaderBytes + numTables * sfntEntryBytes;
  const total = tables.reduce((sum, table) => sum + padded(table.data.length), directoryEnd);
  const sfnt = Buffer.alloc(total);
  sfnt.writeUInt32BE(flavor, 0);
  sfnt.writeUInt16BE(numTables, 4);
  sfnt.writeUInt16BE(largestPowerOfTwo * 16, 6);
  sfnt.writeUInt16BE(Math.log2(largestPowerOfTwo), 8);
  sfnt.writeUInt16BE(numTables * 16 - largestPowerOfTwo * 16, 10);
  let offset = directoryEnd;
  tables.forEach((table, index) => {
    const entry = sfntHeaderBytes + index * sfntEntryBytes;
    sfnt.writeUInt32BE(table.tag, entry);
    sfnt.writeUInt32BE(table.checksum, entry + 4);
    sfnt.writeUInt32BE(offset, entry + 8);
    sfnt.writeUInt32BE(table.data.length, entry + 12);
    table.data.copy(sfnt, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}
