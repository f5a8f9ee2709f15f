import { Packer, type Document } from 'docx';
import { zipArchive } from '../zipArchive.js';
import { withHairlineContentsEnd } from './contentsEnd.js';

/** What `docx`'s compiler gives: each part of the package by its path, in the order Word expects them zipped. */
type PackageParts = Map<string, string | Uint8Array | ArrayBuffer>;

interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly []): PackageParts;
}

/**
 * The compiler `Packer` writes the parts with. `Packer` would also zip them
 * (fflate, in JavaScript), and our one change to its XML (the contents end,
 * contentsEnd.ts) then meant unzipping and zipping again; so the parts are
 * taken as written and zipped once, by Node's zlib. The compiler is not part
 * of `docx`'s declared API, so its absence is an error that says so (the
 * package version is pinned, and the export tests would catch a change).
 */
function compiler(): DocxCompiler {
  const found = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof found?.compile !== 'function') throw new Error('This version of the docx package keeps its compiler elsewhere.');
  return found as DocxCompiler;
}

const DOCUMENT_PART = 'word/document.xml';

const asBytes = (data: string | Uint8Array | ArrayBuffer): Uint8Array =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : data instanceof Uint8Array ? data : new Uint8Array(data);

/** The Word document as the bytes of a .docx file. */
export function packDocx(document: Document): Uint8Array {
  const parts = compiler().compile(document, undefined, []);
  const body = parts.get(DOCUMENT_PART);
  if (typeof body === 'string') parts.set(DOCUMENT_PART, withHairlineContentsEnd(body));
  return zipArchive([...parts].map(([path, data]) => [path, asBytes(data)] as const));
}
