import { inflateRawSync } from 'node:zlib';
import { ApiFailure } from '../../../../shared/api/errors.js';
import { readZipDirectory, type ZipDirectory, type ZipEntry } from './zipDirectory.js';

/**
 * Decides whether a .docx is safe to read. The sizes a zip declares can lie:
 * a hostile file can claim a part is 1 KB and still inflate to gigabytes. So
 * the declared sizes are only a cheap first gate; then every part is really
 * inflated here, one at a time, with zlib told to stop as soon as the output
 * passes what the part declared: a part that unpacks to more is lying. The
 * parts read as text (the XML) are kept as inflated for the check, so the
 * import unpacks each of them once (see `docxArchive`).
 */

export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Word's XML compresses well (10–20×); a ratio far beyond that is a bomb, not a document. */
const MAX_RATIO = 200;
/** Small entries may compress absurdly well without harm; only judge the ratio above this size. */
const RATIO_FLOOR_BYTES = 1024 * 1024;
const STORED = 0;
const DEFLATED = 8;
const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;

function fail(message: string, details?: string[]): never {
  throw new ApiFailure('import-failed', message, details);
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const damaged = (entry: ZipEntry) =>
  `The Word file is incomplete or damaged (its part ${entry.name} cannot be unpacked). Save it again in Word, or download it again, then import it.`;
const lying = (entry: ZipEntry) =>
  `The Word file was refused: one of its parts (${entry.name}) unpacks to more than the file says it holds, which only a deliberately harmful file does. Ask for a copy saved straight from Word.`;

/** A zip found safe: its parts by name (a later entry of the same name replaces an earlier one, as JSZip reads them). */
export interface CheckedZip {
  entries: ReadonlyMap<string, ZipEntry>;
  /** The part's bytes, unpacked; each is known to fit its declared size. */
  unpack(name: string): Uint8Array;
}

export function checkZipSafety(bytes: Uint8Array): CheckedZip {
  const directory = readZipDirectory(bytes);
  checkDeclaredSizes(directory.entries);
  const kept = checkInflatedSizes(bytes, directory);
  const entries = new Map(directory.entries.filter((entry) => !entry.name.endsWith('/')).map((entry) => [entry.name, entry]));
  return {
    entries,
    unpack: (name) => {
      const entry = entries.get(name);
      if (entry === undefined) throw new Error(`The Word file has no part ${name}.`);
      return kept.get(entry) ?? inflated(entry, entryData(bytes, entry, directory.directoryOffset));
    },
  };
}

/**
 * XML parts are read whole later (by mammoth and the list numbering), so they
 * are kept after their check, up to this much in all (a 300,000-word
 * strategy's XML is about 6 MB); pictures and other parts, and XML past the
 * budget, are dropped and unpacked again only if read.
 */
const MAX_KEPT_BYTES = 64 * 1024 * 1024;
const TEXT_PART = /\.(?:xml|rels)$/i;

/** Refuses a zip whose declared contents are too big or compress impossibly well. */
function checkDeclaredSizes(entries: readonly ZipEntry[]): void {
  if (entries.some((entry) => entry.encrypted)) {
    fail('The Word file is password-protected. Remove the password in Word (File › Info › Protect Document), save, and import again.');
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > MAX_UNCOMPRESSED_BYTES) {
    fail(`The Word file was refused: unpacked it would take ${megabytes(total)} MB, more than the ${megabytes(MAX_UNCOMPRESSED_BYTES)} MB a strategy could need.`);
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > MAX_RATIO) {
      fail(`The Word file was refused: one of its parts (${entry.name}) would expand ${Math.round(ratio)} times, which only a deliberately harmful file does.`);
    }
  }
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    fail('This zip file is not a Word document (it has no word/document.xml). Open it in Word and save it as .docx, then import it.');
  }
}

/**
 * The declared total is already within MAX_UNCOMPRESSED_BYTES, so holding
 * every part to its own declared size holds the whole file to the budget,
 * parts that share one compressed run included.
 */
function checkInflatedSizes(bytes: Uint8Array, directory: ZipDirectory): Map<ZipEntry, Uint8Array> {
  const kept = new Map<ZipEntry, Uint8Array>();
  let keptBytes = 0;
  for (const entry of directory.entries) {
    const unpacked = inflated(entry, entryData(bytes, entry, directory.directoryOffset));
    if (unpacked.length > entry.uncompressedSize) fail(lying(entry));
    if (TEXT_PART.test(entry.name) && keptBytes + unpacked.length <= MAX_KEPT_BYTES) {
      kept.set(entry, unpacked);
      keptBytes += unpacked.length;
    }
  }
  return kept;
}

/** The compressed bytes exactly where JSZip will read them: after the local header's own name and extra field. */
function entryData(bytes: Uint8Array, entry: ZipEntry, directoryOffset: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localOffset;
  if (header + LOCAL_HEADER_SIZE > directoryOffset || view.getUint32(header, true) !== LOCAL_HEADER) fail(damaged(entry));
  const start = header + LOCAL_HEADER_SIZE + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  if (start + entry.compressedSize > directoryOffset) fail(damaged(entry));
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * The part unpacked. zlib gives up as soon as the output passes the declared
 * size, so a bomb costs no more memory than an honest part of that size, and
 * only the XML parts are kept past their check.
 */
function inflated(entry: ZipEntry, data: Uint8Array): Uint8Array {
  if (entry.method === STORED) return data;
  if (entry.method !== DEFLATED) {
    fail(`The Word file packs one of its parts (${entry.name}) in a way Word never does, so it was not opened. Open it in Word, save it again as .docx, then import it.`, [
      `zip compression method ${entry.method}`,
    ]);
  }
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') fail(lying(entry));
    fail(damaged(entry), [(error as Error).message]);
  }
}
