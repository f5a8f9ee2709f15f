import { ApiFailure } from '../../../../shared/api/errors.js';

/**
 * Reads a .docx's zip central directory without inflating anything. The
 * structure must be exactly what JSZip (inside mammoth) will read: JSZip
 * silently shifts every offset when the directory does not end where the end
 * record begins, and reads directory entries past the declared count, so
 * either gap would let it open different parts from the ones checked here.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const DIRECTORY_ENTRY_SIZE = 46;
const MAX_COMMENT = 0xffff;
const ZIP64_MARKER_16 = 0xffff;
const ZIP64_MARKER_32 = 0xffffffff;
const MAX_ENTRIES = 10_000;
const NAME_DECODER = new TextDecoder();

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; Word writes nothing else. */
  method: number;
  compressedSize: number;
  /** As declared by the file, so not to be trusted on its own. */
  uncompressedSize: number;
  localOffset: number;
  encrypted: boolean;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Where the central directory starts; every part's data must end before it. */
  directoryOffset: number;
}

function fail(message: string): never {
  throw new ApiFailure('import-failed', message);
}

const TRUNCATED = 'The Word file is incomplete or damaged (its zip directory is missing or cut short). Save it again in Word, or download it again, then import it.';
const TOO_LARGE = 'The Word file is too large to import (over 4 GB as a zip).';

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) fail(TRUNCATED);
  const diskAndCountFields = [4, 6, 8, 10].map((field) => view.getUint16(end + field, true));
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (diskAndCountFields.includes(ZIP64_MARKER_16) || size === ZIP64_MARKER_32 || offset === ZIP64_MARKER_32) fail(TOO_LARGE);
  if (count > MAX_ENTRIES) fail('The Word file holds far more parts than a document does, so it was not opened.');
  if (offset + size !== end) fail(TRUNCATED);

  const entries: ZipEntry[] = [];
  let position = offset;
  for (let index = 0; index < count; index += 1) {
    if (position + DIRECTORY_ENTRY_SIZE > end || view.getUint32(position, true) !== DIRECTORY_ENTRY) fail(TRUNCATED);
    const flags = view.getUint16(position + 8, true);
    const method = view.getUint16(position + 10, true);
    const compressedSize = view.getUint32(position + 20, true);
    const uncompressedSize = view.getUint32(position + 24, true);
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const localOffset = view.getUint32(position + 42, true);
    const nameStart = position + DIRECTORY_ENTRY_SIZE;
    if (nameStart + nameLength > end) fail(TRUNCATED);
    const name = NAME_DECODER.decode(bytes.subarray(nameStart, nameStart + nameLength));
    if (compressedSize === ZIP64_MARKER_32 || uncompressedSize === ZIP64_MARKER_32 || localOffset === ZIP64_MARKER_32) {
      fail('The Word file is too large to import (a part of it is over 4 GB).');
    }
    if (localOffset + compressedSize > offset) fail(TRUNCATED);
    entries.push({ name, method, compressedSize, uncompressedSize, localOffset, encrypted: (flags & 1) === 1 });
    position = nameStart + nameLength + extraLength + commentLength;
  }
  if (position !== end) fail(TRUNCATED);
  return { entries, directoryOffset: offset };
}

/** The last end record, as JSZip takes it; one too near the end to be whole means a damaged file. */
function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT);
  for (let position = view.byteLength - 4; position >= lowest; position -= 1) {
    if (view.getUint32(position, true) === END_OF_DIRECTORY) return position + END_RECORD_SIZE <= view.byteLength ? position : -1;
  }
  return -1;
}
