import { ApiFailure } from '../../../../shared/api/errors.js';

/**
 * Reads a .docx's zip central directory before anything inflates it, so a
 * truncated download or a zip bomb is refused with a clear message instead
 * of exhausting memory inside mammoth.
 */

export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Word's XML compresses well (10–20×); a ratio far beyond that is a bomb, not a document. */
const MAX_RATIO = 200;
/** Small entries may compress absurdly well without harm; only judge the ratio above this size. */
const RATIO_FLOOR_BYTES = 1024 * 1024;
const MAX_ENTRIES = 10_000;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARKER = 0xffffffff;

export interface ZipEntrySummary {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
}

function fail(message: string): never {
  throw new ApiFailure('import-failed', message);
}

const TRUNCATED = 'The Word file is incomplete or damaged (its zip directory is missing or cut short). Save it again in Word, or download it again, then import it.';

export function readZipDirectory(bytes: Uint8Array): ZipEntrySummary[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) fail(TRUNCATED);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === ZIP64_MARKER || offset === ZIP64_MARKER) fail('The Word file is too large to import (over 4 GB as a zip).');
  if (count > MAX_ENTRIES) fail('The Word file holds far more parts than a document does, so it was not opened.');
  if (offset + size > end) fail(TRUNCATED);

  const entries: ZipEntrySummary[] = [];
  let position = offset;
  for (let index = 0; index < count; index += 1) {
    if (position + 46 > end || view.getUint32(position, true) !== DIRECTORY_ENTRY) fail(TRUNCATED);
    const flags = view.getUint16(position + 8, true);
    const compressedSize = view.getUint32(position + 20, true);
    const uncompressedSize = view.getUint32(position + 24, true);
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const localOffset = view.getUint32(position + 42, true);
    if (position + 46 + nameLength > end) fail(TRUNCATED);
    const name = new TextDecoder().decode(bytes.subarray(position + 46, position + 46 + nameLength));
    if (compressedSize === ZIP64_MARKER || uncompressedSize === ZIP64_MARKER || localOffset === ZIP64_MARKER) {
      fail('The Word file is too large to import (a part of it is over 4 GB).');
    }
    if (localOffset + compressedSize > offset) fail(TRUNCATED);
    entries.push({ name, compressedSize, uncompressedSize, encrypted: (flags & 1) === 1 });
    position += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses a zip whose declared contents are too big or compress impossibly well. */
export function checkZipSafety(entries: readonly ZipEntrySummary[]): void {
  if (entries.some((entry) => entry.encrypted)) {
    fail('The Word file is password-protected. Remove the password in Word (File › Info › Protect Document), save, and import again.');
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > MAX_UNCOMPRESSED_BYTES) {
    fail(`The Word file was refused: unpacked it would take ${Math.round(total / 1024 / 1024)} MB, more than the ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB a strategy could need.`);
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

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT);
  for (let position = view.byteLength - END_RECORD_SIZE; position >= lowest; position -= 1) {
    if (view.getUint32(position, true) === END_OF_DIRECTORY) return position;
  }
  return -1;
}
