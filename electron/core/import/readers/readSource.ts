import { ApiFailure } from '../../../../shared/api/errors.js';
import type { SourceDocument } from '../../../../shared/import/types.js';
import { readDocx } from './readDocx.js';
import { readMarkdown } from './readMarkdown.js';
import { readPlainText } from './readPlainText.js';

/** Bigger than any strategy with its photographs; refused before any parsing. */
export const MAX_IMPORT_BYTES = 50_000_000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** Word saves password-protected .docx files (and old .doc files) as OLE compound files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];

function fail(message: string): never {
  throw new ApiFailure('import-failed', message);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Decides what the file really is from its first bytes (a renamed file is judged by its content), then reads it. */
export async function readSource(file: { name: string; bytes: Uint8Array }): Promise<SourceDocument> {
  const { name, bytes } = file;
  if (bytes.length >= MAX_IMPORT_BYTES) {
    fail(`This file is ${(bytes.length / 1_000_000).toFixed(1)} MB; files to import must be smaller than ${MAX_IMPORT_BYTES / 1_000_000} MB.`);
  }
  if (bytes.length === 0) fail('This file is empty.');
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, OLE)) {
    fail('This file is password-protected, or in the old Word 97–2003 format (.doc). Remove the password or save it as .docx in Word, then import it again.');
  }
  if (startsWith(bytes, PDF)) fail('This file is a PDF, not a Word document. Open the original in Word and save it as .docx, or copy its text into a .txt file, then import that.');
  if (startsWith(bytes, RTF)) fail('This file is in Rich Text Format. Open it in Word and save it as .docx, then import it.');
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return readDocx(bytes);
  if (extension === 'docx') fail('This file is called .docx but is not a Word document. Open it in Word and save it as .docx, then import it.');
  const text = decodeText(bytes);
  return extension === 'md' || extension === 'markdown' ? readMarkdown(text) : readPlainText(text);
}

function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) fail('This file is neither a Word document nor text. Import a .docx, a Markdown (.md) or a plain-text (.txt) file.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older Windows text files are in Windows-1252; every byte sequence decodes, so nothing is lost.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
