import { ApiFailure } from '../../../../shared/api/errors.js';
import type { ImportStage, SourceDocument } from '../../../../shared/import/types.js';
import { readPlainText } from './readPlainText.js';

/** Bigger than any strategy with its photographs; refused before any parsing. */
export const MAX_IMPORT_BYTES = 50_000_000;
/**
 * A strategy's words fill well under 1 MB of text (the longest published
 * ones are about 300 KB); ten times that is still read in a few seconds,
 * and anything bigger is not a strategy, so it is refused before parsing.
 */
export const MAX_TEXT_BYTES = 10_000_000;
/** A 100-page strategy has a few thousand lines; this many is a data file, not a document. */
export const MAX_TEXT_LINES = 250_000;
/** In real text, characters that no editor types (NUL aside, already refused) are rare; more than this share means a binary file. */
const MAX_CONTROL_SHARE = 0.01;
/** Windows-1252 text is mostly ASCII (curly quotes, £ and accents are the exceptions); a binary file read that way is half symbols. */
const MAX_HIGH_BYTE_SHARE = 0.2;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** Word saves password-protected .docx files (and old .doc files) as OLE compound files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];
const UTF16_LE = [0xff, 0xfe];
const UTF16_BE = [0xfe, 0xff];
const NOT_TEXT =
  'This file is not text: it looks like a picture, a program or another kind of file renamed to .txt or .md. Import a Word document (.docx), a Markdown (.md) or a plain-text (.txt) file.';

function fail(message: string): never {
  throw new ApiFailure('import-failed', message);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Told where reading has got: the stage, and how far through it (0–1). */
export type ReadProgress = (stage: ImportStage, fraction: number) => void;

type SourceKind = 'docx' | 'markdown' | 'text';

/**
 * The checks that need only the file's size and first bytes. Cheap enough
 * to run before a worker is started, so a file refused on sight is refused
 * at once; `readSource` runs them again for callers that go straight to it.
 */
export function sourceKind(file: { name: string; bytes: Uint8Array }): SourceKind {
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
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'docx';
  if (extension === 'docx') fail('This file is called .docx but is not a Word document. Open it in Word and save it as .docx, then import it.');
  if (bytes.length > MAX_TEXT_BYTES) {
    fail(
      `This text file is ${(bytes.length / 1_000_000).toFixed(1)} MB. A strategy's text is well under 1 MB, and text files to import must be at most ${MAX_TEXT_BYTES / 1_000_000} MB. Check it is the right file, or split it and import the parts.`,
    );
  }
  return extension === 'md' || extension === 'markdown' ? 'markdown' : 'text';
}

/** Decides what the file really is (see `sourceKind`), then reads it. */
export async function readSource(file: { name: string; bytes: Uint8Array }, report: ReadProgress = () => {}): Promise<SourceDocument> {
  const kind = sourceKind(file);
  const { bytes } = file;
  // Word and Markdown readers (mammoth, the HTML parser, markdown-it) load only when such a file is read, so nothing else waits for them.
  if (kind === 'docx') {
    const { readDocx } = await import('./readDocx.js');
    return readDocx(bytes, (fraction) => report(fraction < 0.5 ? 'opening' : 'reading', fraction));
  }
  const text = decodeText(bytes);
  const lines = countLines(text);
  if (lines > MAX_TEXT_LINES) {
    fail(
      `This text file has ${lines.toLocaleString('en-GB')} lines; a strategy has a few thousand, and text files to import must have at most ${MAX_TEXT_LINES.toLocaleString('en-GB')}. Check it is the right file.`,
    );
  }
  const onFraction = (fraction: number) => report('reading', 0.1 + 0.9 * fraction);
  onFraction(0);
  if (kind === 'markdown') {
    const { readMarkdown } = await import('./readMarkdown.js');
    return readMarkdown(text, onFraction);
  }
  return readPlainText(text, onFraction);
}

function decodeText(bytes: Uint8Array): string {
  // Notepad's "Unicode" is UTF-16 with a byte-order mark; its zero bytes are not a sign of a binary file.
  if (startsWith(bytes, UTF16_LE) || startsWith(bytes, UTF16_BE)) {
    return checkedText(decodeOrNull(startsWith(bytes, UTF16_LE) ? 'utf-16le' : 'utf-16be', bytes) ?? fail(NOT_TEXT));
  }
  if (bytes.includes(0)) fail(NOT_TEXT);
  const utf8 = decodeOrNull('utf-8', bytes);
  if (utf8 !== null) return checkedText(utf8);
  // Older Windows text files are in Windows-1252; every byte sequence decodes, so only the share of symbols tells text from binary.
  if (highByteShare(bytes) > MAX_HIGH_BYTE_SHARE) fail(NOT_TEXT);
  return checkedText(decodeWindows1252(bytes));
}

/** Windows-1252's characters for bytes 0x80–0x9F (curly quotes, dashes, €); the five gaps decode as themselves, as Windows does. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Node's TextDecoder reads "windows-1252" as ISO-8859-1, which turns curly quotes and dashes into control characters. */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (character) => WINDOWS_1252_HIGH.charAt(character.charCodeAt(0) - 0x80));
}

function decodeOrNull(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Refuses decoded text full of control characters (other than tab, line breaks and form feed) or replacement characters (what is left of a file that was not text). */
function checkedText(text: string): string {
  let controls = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0xfffd) {
      controls += 1;
    }
  }
  if (controls > Math.max(2, text.length * MAX_CONTROL_SHARE)) fail(NOT_TEXT);
  return text;
}

function highByteShare(bytes: Uint8Array): number {
  let high = 0;
  for (const byte of bytes) if (byte >= 0x80) high += 1;
  return high / bytes.length;
}

function countLines(text: string): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lines += 1;
  return lines;
}
