import { Packer, type Document } from 'docx';
import { zipArchive } from '../zipArchive.js';
import type { BodyExtras } from './context.js';
import { escapeXml } from './wordXml.js';

/** What `docx`'s compiler gives: each part of the package by its path, in the order Word expects them zipped. */
type PackageParts = Map<string, string | Uint8Array | ArrayBuffer>;

interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly []): PackageParts;
}

/** The Word file in two halves: `docx`'s document for every part but the body, and the body written from the print model (wordXml.ts). */
export interface WordPackage {
  /** A document whose body is empty: its styles, numbering, comments, headers, footers, settings and properties. */
  document: Document;
  /** The content of w:body, before the section properties. */
  body: string;
  extras: BodyExtras;
}

/**
 * The compiler `Packer` writes the parts with. `Packer` would also zip them
 * (fflate, in JavaScript), and the body is put into document.xml after the
 * parts are written; so the parts are taken as written and zipped once, by
 * Node's zlib. The compiler is not part of `docx`'s declared API, so its
 * absence is an error that says so (the package version is pinned, and the
 * export tests would catch a change).
 */
function compiler(): DocxCompiler {
  const found = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof found?.compile !== 'function') throw new Error('This version of the docx package keeps its compiler elsewhere.');
  return found as DocxCompiler;
}

const DOCUMENT_PART = 'word/document.xml';
const DOCUMENT_RELATIONSHIPS = 'word/_rels/document.xml.rels';
const BODY_START = '<w:body>';
const RELATIONSHIPS_END = '</Relationships>';
const RELATIONSHIP_TYPES = {
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
};

const asBytes = (data: string | Uint8Array | ArrayBuffer): Uint8Array =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : data instanceof Uint8Array ? data : new Uint8Array(data);

function insertAfter(xml: string, marker: string, insertion: string, part: string): string {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`The docx package wrote ${part} without ${marker}.`);
  return xml.slice(0, at + marker.length) + insertion + xml.slice(at + marker.length);
}

/** The relationships the body's web links and pictures need, beside those `docx` wrote for its own parts. */
function bodyRelationships(extras: BodyExtras): string {
  const links = [...extras.webLinks].map(([href, id]) => `<Relationship Id="${id}" Type="${RELATIONSHIP_TYPES.hyperlink}" Target="${escapeXml(href)}" TargetMode="External"/>`);
  const pictures = extras.media.map((file) => `<Relationship Id="${file.relationshipId}" Type="${RELATIONSHIP_TYPES.image}" Target="${file.target}"/>`);
  return [...links, ...pictures].join('');
}

/** The Word document as the bytes of a .docx file. */
export function packDocx(word: WordPackage): Uint8Array {
  const parts = compiler().compile(word.document, undefined, []);
  const documentXml = parts.get(DOCUMENT_PART);
  const relationships = parts.get(DOCUMENT_RELATIONSHIPS);
  if (typeof documentXml !== 'string' || typeof relationships !== 'string') throw new Error('The docx package did not write the document part.');
  parts.set(DOCUMENT_PART, insertAfter(documentXml, BODY_START, word.body, DOCUMENT_PART));
  const relationshipsEnd = relationships.lastIndexOf(RELATIONSHIPS_END);
  if (relationshipsEnd < 0) throw new Error(`The docx package wrote ${DOCUMENT_RELATIONSHIPS} without ${RELATIONSHIPS_END}.`);
  parts.set(DOCUMENT_RELATIONSHIPS, relationships.slice(0, relationshipsEnd) + bodyRelationships(word.extras) + relationships.slice(relationshipsEnd));
  for (const file of word.extras.media) parts.set(`word/${file.target}`, file.data);
  return zipArchive([...parts].map(([path, data]) => [path, asBytes(data)] as const));
}
