import zlib from 'node:zlib';

/**
 * A zip file, as Office Open XML packages are, made with Node's own zlib.
 * Every place the exporters run (the app's main process, the web host, the
 * command line) is Node, whose native DEFLATE is several times faster than
 * the JavaScript ones the packages bring (fflate in `docx`, pako in JSZip),
 * and a long strategy's document.xml is megabytes. Plain zip: no zip64
 * (a package is far below 4 GB), no encryption, names in UTF-8.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20;
const DEFLATE = 8;
const UTF8_NAMES = 0x0800;
/**
 * zlib's fastest level. On the 30,000-word bench strategy's document.xml
 * (600 kB) it takes 6 ms against 17 ms for the default level 6, for a
 * package of 95 KiB rather than 82 KiB: a Word file is made far more often
 * than its size matters.
 */
const COMPRESSION_LEVEL = 1;

/** The time in the MS-DOS form zip keeps (two-second steps, local time, from 1980). */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/**
 * The fields a local header and its central directory entry share, in the
 * same order in both (the central entry has "version made by" before them).
 */
function writeEntryFields(buffer: Buffer, at: number, fields: { stamp: { time: number; date: number }; crc: number; compressed: number; size: number; name: number }): void {
  buffer.writeUInt16LE(VERSION, at);
  buffer.writeUInt16LE(UTF8_NAMES, at + 2);
  buffer.writeUInt16LE(DEFLATE, at + 4);
  buffer.writeUInt16LE(fields.stamp.time, at + 6);
  buffer.writeUInt16LE(fields.stamp.date, at + 8);
  buffer.writeUInt32LE(fields.crc, at + 10);
  buffer.writeUInt32LE(fields.compressed, at + 14);
  buffer.writeUInt32LE(fields.size, at + 18);
  buffer.writeUInt16LE(fields.name, at + 22);
}

/** The files, in the order given, each compressed with DEFLATE. */
export function zipArchive(files: Iterable<readonly [string, Uint8Array]>, modified: Date = new Date()): Uint8Array {
  const stamp = dosDateTime(modified);
  const parts: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = zlib.deflateRawSync(data, { level: COMPRESSION_LEVEL });
    const crc = zlib.crc32(data);
    const fields = { stamp, crc, compressed: compressed.length, size: data.length, name: nameBytes.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    writeEntryFields(local, 4, fields);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL_HEADER, 0);
    entry.writeUInt16LE(VERSION, 4);
    writeEntryFields(entry, 6, fields);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    parts.push(local, nameBytes, compressed);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const whole = Buffer.concat([...parts, ...central, end]);
  return new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength);
}
