import { checkZipSafety } from './zipSafety.js';

/**
 * A .docx opened once for the whole import: checked for safety, then read by
 * mammoth and by the list numbering from the same parts, each unpacked once
 * (the check keeps the XML it unpacked) and each XML part decoded once.
 * Before, mammoth and the numbering each opened the bytes again with JSZip
 * and unpacked the same XML with its JavaScript inflate.
 */
export interface DocxArchive {
  /** mammoth's zip interface (what its own `openArrayBuffer` gives it, and what it reads when handed one as `file`). */
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
  /** The part as UTF-8 text, or undefined when the file has no such part. */
  text(name: string): string | undefined;
}

const UTF8 = new TextDecoder();

/** Refuses an unsafe or damaged zip (ApiFailure 'import-failed') before anything reads it. */
export function openDocx(bytes: Uint8Array): DocxArchive {
  const zip = checkZipSafety(bytes);
  const texts = new Map<string, string>();
  /** Throws for a part the file does not have, as JSZip does when mammoth reads one. */
  const decoded = (name: string): string => {
    let text = texts.get(name);
    if (text === undefined) {
      text = UTF8.decode(zip.unpack(name));
      texts.set(name, text);
    }
    return text;
  };
  return {
    exists: (name) => zip.entries.has(name),
    // As mammoth's JSZip reader answers: bytes, base64 (pictures become data URLs) or text in the encoding asked for.
    read: (name, encoding) =>
      new Promise((resolve) => {
        if (encoding === undefined) resolve(zip.unpack(name));
        else if (encoding === 'base64') resolve(base64(zip.unpack(name)));
        else if (/^utf-?8$/i.test(encoding)) resolve(decoded(name));
        else resolve(new TextDecoder(encoding).decode(zip.unpack(name)));
      }),
    text: (name) => (zip.entries.has(name) ? decoded(name) : undefined),
  };
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
