import JSZip from 'jszip';
import { buildFixtureDocx, MARKDOWN_FIXTURE, TEXT_FIXTURE } from './fixtures.js';
import { seededRandom } from '../../fixtures/seededRandom.js';

/**
 * Malformed files to import, generated from a seed so every run (and every
 * failure) can be repeated: broken and truncated Word files, binary data,
 * huge lines, structure nested deep inside a Word file, and text in odd
 * encodings. Each is small enough that the whole set reads in seconds; what
 * is tested is that each gets a typed answer, not how fast.
 */

export interface MalformedFile {
  kind: string;
  name: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();
const WORDS = ['care', 'vision', 'Council', 'pledge', '3.1', 'Appendix', 'www.', '@', '....', '#', '**', '|', '-', '>', '<p>', '&amp;', '\t', 'Act 1989', 'children', '“', '—'];

export async function malformedImports(seed: number, perKind: number): Promise<MalformedFile[]> {
  const random = seededRandom(seed);
  const integer = (below: number) => Math.floor(random() * below);
  const pick = <T>(items: readonly T[]): T => items[integer(items.length)] as T;
  const docx = await buildFixtureDocx();
  const files: MalformedFile[] = [];
  const add = (kind: string, name: string, bytes: Uint8Array) => files.push({ kind, name, bytes });

  for (let index = 0; index < perKind; index += 1) {
    // A Word file with bytes changed at random: in the directory, the headers or the compressed data.
    const flipped = docx.slice();
    for (let flips = 1 + integer(20); flips > 0; flips -= 1) flipped[integer(flipped.length)] = integer(256);
    add('broken zip', `broken-${index}.docx`, flipped);

    add('truncated docx', `truncated-${index}.docx`, docx.slice(0, 1 + integer(docx.length - 1)));

    const binary = new Uint8Array(1 + integer(50_000)).map(() => integer(256));
    if (random() < 0.5) for (let position = 0; position < binary.length; position += 1) binary[position] ||= 1;
    add('binary', `binary-${index}.${pick(['txt', 'md', 'docx', 'markdown', ''])}`, binary);

    const line = Array.from({ length: 5_000 + integer(60_000) }, () => pick(WORDS)).join(random() < 0.5 ? ' ' : '');
    add('huge line', `line-${index}.${pick(['txt', 'md'])}`, encoder.encode(random() < 0.3 ? `# ${line}` : line));

    add('deep docx', `deep-${index}.docx`, await nestedDocx(pick(['table', 'hyperlink', 'sdt', 'smartTag']), 10 + integer(3000)));

    add('odd encoding', `encoded-${index}.${pick(['txt', 'md'])}`, oddlyEncoded(random() < 0.5 ? TEXT_FIXTURE : MARKDOWN_FIXTURE, integer(6), random));

    add('deep markdown', `nested-${index}.md`, encoder.encode(nestedMarkdown(pick(['list', 'quote', 'emphasis', 'table', 'headings']), 10 + integer(2000), random)));
  }
  return files;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A Word file whose body nests one construct `depth` times: tables in table cells, links in links, content controls, smart tags. */
async function nestedDocx(construct: 'table' | 'hyperlink' | 'sdt' | 'smartTag', depth: number): Promise<Uint8Array> {
  const paragraph = '<w:p><w:r><w:t>Our vision for every child</w:t></w:r></w:p>';
  const shapes: Record<typeof construct, [string, string, string]> = {
    table: ['<w:tbl><w:tr><w:tc>', `${paragraph}</w:tc></w:tr></w:tbl>`, paragraph],
    hyperlink: ['<w:hyperlink w:anchor="a">', '</w:hyperlink>', '<w:r><w:t>link</w:t></w:r>'],
    sdt: ['<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', paragraph],
    smartTag: ['<w:smartTag w:element="x">', '</w:smartTag>', '<w:r><w:t>tag</w:t></w:r>'],
  };
  const [open, close, inner] = shapes[construct];
  const nested = `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
  const body = construct === 'hyperlink' || construct === 'smartTag' ? `<w:p>${nested}</w:p>` : nested;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', PACKAGE_RELS);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>1. Introduction</w:t></w:r></w:p>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The same text as UTF-16 with or without a byte-order mark, UTF-8 with a BOM, broken UTF-8, Windows-1252, or salted with control characters. */
function oddlyEncoded(text: string, variant: number, random: () => number): Uint8Array {
  const utf16 = (littleEndian: boolean, bom: boolean) => {
    const source = bom ? `\uFEFF${text}` : text;
    const bytes = new Uint8Array(source.length * 2);
    for (let index = 0; index < source.length; index += 1) {
      const code = source.charCodeAt(index);
      bytes[index * 2 + (littleEndian ? 0 : 1)] = code & 0xff;
      bytes[index * 2 + (littleEndian ? 1 : 0)] = code >> 8;
    }
    return bytes;
  };
  const utf8 = encoder.encode(text);
  switch (variant) {
    case 0:
      return utf16(random() < 0.5, true);
    case 1:
      return utf16(random() < 0.5, false);
    case 2:
      return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    case 3:
      // Lone continuation bytes and cut sequences: not UTF-8, read as Windows-1252 or refused.
      return utf8.map((byte) => (random() < 0.02 ? 0x80 + Math.floor(random() * 64) : byte));
    case 4:
      return Uint8Array.from(text, (character) => (character.charCodeAt(0) < 256 ? character.charCodeAt(0) : 0x3f));
    default:
      return encoder.encode(Array.from(text, (character) => (random() < 0.05 ? String.fromCharCode(1 + Math.floor(random() * 30)) : character)).join(''));
  }
}

function nestedMarkdown(construct: 'list' | 'quote' | 'emphasis' | 'table' | 'headings', size: number, random: () => number): string {
  switch (construct) {
    case 'list':
      return Array.from({ length: size }, (_, depth) => `${'  '.repeat(depth)}- item ${depth}`).join('\n');
    case 'quote':
      return `${'> '.repeat(size)}Deep quote`;
    case 'emphasis':
      return `${'*_'.repeat(size)}text${'_*'.repeat(size)}`;
    case 'table':
      return ['| a | b |', '|---|---|', ...Array.from({ length: size }, (_, row) => `| ${'|'.repeat(row % 50)} ${row} |`)].join('\n');
    default:
      return Array.from({ length: size }, (_, index) => `${'#'.repeat(1 + Math.floor(random() * 7))} Heading ${index}`).join('\n');
  }
}
