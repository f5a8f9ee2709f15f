import zlib from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdf } from '../../../electron/core/export/pdf/exportPdf.js';
import { doc, heading, paragraph } from '../../fixtures/docBuilders.js';
import { sampleDraft, sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';
import { fontNames } from './pdfTools.js';

/**
 * The PDF/UA basics a checker such as PAC or veraPDF looks at first: a
 * well-formed XMP packet that claims PDF/UA-1, every mark on every page
 * either tagged or an artifact, and headings that never skip a level.
 */

const draft = sampleDraftWith({
  // A council whose name is outside Latin-1, and a title with characters XML must escape.
  roles: doc(heading(2, 'Who does what'), paragraph('Everyone’s role & duty, in one place: שלום.'), heading(3, 'Partners'), paragraph('Health, police and schools.')),
});
const cover = { ...draft.cover, council: 'Cyngor Sir Ynys Môn — Isle of Anglesey', title: 'Strategy <for> “our” children & care leavers' };

let loaded: PDFDocument;
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = await exportPdf({ draft: { ...draft, cover }, template: sampleTemplate(), markDraft: true });
  loaded = await PDFDocument.load(bytes, { updateMetadata: false });
});

function streamBytes(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  return filter === PDFName.of('FlateDecode') ? new Uint8Array(zlib.inflateSync(stream.contents)) : stream.contents;
}

describe('PDF/UA basics', () => {
  it('carries a well-formed XMP packet in UTF-8 that identifies PDF/UA-1', () => {
    const metadata = loaded.context.lookup(loaded.catalog.get(PDFName.of('Metadata'))) as PDFRawStream;
    const packet = streamBytes(metadata);
    const begin = Buffer.from('<?xpacket begin="', 'latin1');
    expect(Buffer.from(packet.subarray(0, begin.length)).equals(begin)).toBe(true);
    const afterBegin = [...packet.subarray(begin.length, begin.length + 3)];
    // The begin attribute holds the UTF-8 byte-order mark or nothing: never a lone 0xFF.
    expect(afterBegin[0] === 0x22 || (afterBegin[0] === 0xef && afterBegin[1] === 0xbb && afterBegin[2] === 0xbf)).toBe(true);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(packet);
    const errors: string[] = [];
    const xml = new DOMParser({ errorHandler: { error: (message: string) => errors.push(message), fatalError: (message: string) => errors.push(message) } }).parseFromString(text.replace(/^\uFEFF?<\?xpacket[^>]*\?>/, '').replace(/<\?xpacket[^>]*\?>\s*$/, ''), 'text/xml');
    expect(errors).toEqual([]);
    const part = xml.getElementsByTagNameNS('http://www.aiim.org/pdfua/ns/id/', 'part');
    expect(part.length).toBe(1);
    expect(part.item(0)?.textContent).toBe('1');
    expect(xml.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'title').item(0)?.textContent).toBe('Strategy <for> “our” children & care leavers');
    expect(text).toContain('Cyngor Sir Ynys Môn — Isle of Anglesey');
  });

  it('puts every mark on every page in tagged content or an artifact', () => {
    // The scanner itself: untagged text and paths are caught, tagged and artifact ones pass.
    expect(untaggedMarks('BT /F1 11 Tf (x) Tj ET 0 0 1 1 re f')).toEqual(['BT', 'f']);
    expect(untaggedMarks('/P <</MCID 0>> BDC BT (x) Tj ET EMC /Artifact BMC 0 0 m 1 1 l S EMC')).toEqual([]);
    for (const [index, page] of loaded.getPages().entries()) {
      const contents = page.node.lookup(PDFName.of('Contents'));
      const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => loaded.context.lookup(ref) as PDFRawStream) : [contents as PDFRawStream];
      const content = streams.map((stream) => Buffer.from(streamBytes(stream)).toString('latin1')).join('\n');
      expect(untaggedMarks(content), `page ${index + 1}`).toEqual([]);
    }
  });

  it('nests headings without skipping a level, starting with the cover title as H1', () => {
    const root = loaded.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const roles: string[] = [];
    const walk = (object: PDFObject | undefined): void => {
      const node = object instanceof PDFRef ? loaded.context.lookup(object) : object;
      if (node instanceof PDFArray) return node.asArray().forEach(walk);
      if (!(node instanceof PDFDict)) return;
      const role = node.get(PDFName.of('S'));
      if (role instanceof PDFName && /^\/H\d$/.test(role.toString())) roles.push(role.toString().slice(1));
      walk(node.get(PDFName.of('K')));
    };
    walk(root.get(PDFName.of('K')));
    expect(roles[0]).toBe('H1');
    for (let index = 1; index < roles.length; index += 1) {
      expect(Number((roles[index] as string).slice(1)), `${roles[index - 1]} then ${roles[index]}`).toBeLessThanOrEqual(Number((roles[index - 1] as string).slice(1)) + 1);
    }
    expect(roles).toContain('H3');

    // The first page's marked content includes a heading: the cover title is not tagged P.
    const parentTree = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
    const coverIndex = parentTree.asArray().findIndex((entry, index) => index % 2 === 0 && entry instanceof PDFNumber && entry.asNumber() === 0);
    const coverParents = parentTree.lookup(coverIndex + 1, PDFArray).asArray().map((ref) => (ref instanceof PDFRef ? loaded.context.lookup(ref, PDFDict).get(PDFName.of('S'))?.toString() : undefined));
    expect(coverParents).toContain('/H1');
  });

  it('names font subsets after their glyphs, so two documents’ subsets never share a name unless they are the same', async () => {
    const again = await fontNames(await exportPdf({ draft: { ...draft, cover }, template: sampleTemplate(), markDraft: true }));
    const other = await fontNames(await exportPdf({ draft: sampleDraft(), template: sampleTemplate(), markDraft: true }));
    const mine = await fontNames(bytes);
    for (const name of mine) expect(name).toMatch(/^\/[A-Z]{6}\+[A-Za-z-]+$/);
    expect(again).toEqual(mine);
    const regular = (names: string[]): string | undefined => names.find((name) => name.endsWith('+Arimo-Regular'));
    expect(regular(other)).toBeDefined();
    expect(regular(other)).not.toBe(regular(mine));
    // Within one document, no two fonts share a tag.
    expect(new Set(mine.map((name) => name.slice(1, 7))).size).toBe(mine.length);
  });
});

/**
 * Marks (text objects, images, painted paths) that are neither inside a
 * marked-content sequence with an MCID nor inside an /Artifact one.
 */
function untaggedMarks(content: string): string[] {
  const tokens = content.match(/<<|>>|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\/[^\s/<>[\]()]+|\[|\]|[^\s/<>[\]()]+/g) ?? [];
  const stack: boolean[] = [];
  const covered = (): boolean => stack.some((tagged) => tagged);
  const problems: string[] = [];
  let depth = 0;
  let pendingTag = '';
  let pendingMcid = false;
  for (const token of tokens) {
    if (token === '<<') depth += 1;
    else if (token === '>>') depth -= 1;
    else if (depth > 0) {
      if (token === '/MCID') pendingMcid = true;
    } else if (token.startsWith('/')) pendingTag = token;
    else if (token === 'BMC' || token === 'BDC') {
      stack.push(pendingTag === '/Artifact' || pendingMcid);
      pendingMcid = false;
    } else if (token === 'EMC') stack.pop();
    else if (['BT', 'Do', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'sh'].includes(token) && !covered()) problems.push(token);
  }
  return problems;
}
