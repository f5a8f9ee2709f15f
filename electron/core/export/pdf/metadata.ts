import { PDFName, type PDFDocument } from 'pdf-lib';
import type { StrategyDocument } from './types.js';

/** Document properties, in the Info dictionary and as XMP, which accessibility checkers read. */

export const PDF_LANGUAGE = 'en-GB';
const CREATOR = 'Corporate Parenting Studio';

export interface PdfProperties {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 tag of the document's text. */
  language: string;
}

export function pdfProperties(document: StrategyDocument): PdfProperties {
  const { cover } = document;
  const subject = [document.subject, cover.council, cover.period].filter((part) => part !== '').join(', ');
  return {
    title: document.title,
    author: cover.owner || cover.council || CREATOR,
    subject,
    keywords: ['corporate parenting', 'children in care', 'care leavers', ...(cover.council ? [cover.council] : [])],
    language: document.language ?? PDF_LANGUAGE,
  };
}

export function applyMetadata(pdfDoc: PDFDocument, properties: PdfProperties, now: Date): void {
  pdfDoc.setTitle(properties.title, { showInWindowTitleBar: true });
  pdfDoc.setAuthor(properties.author);
  pdfDoc.setSubject(properties.subject);
  // pdf-lib joins keywords with spaces; commas keep multi-word keywords readable.
  pdfDoc.setKeywords([properties.keywords.join(', ')]);
  pdfDoc.setCreator(CREATOR);
  pdfDoc.setProducer(`${CREATOR} (pdf-lib)`);
  pdfDoc.setLanguage(properties.language);
  pdfDoc.setCreationDate(now);
  pdfDoc.setModificationDate(now);
  // Encoded here: pdf-lib would keep only the low byte of each character, turning the byte-order mark into a lone 0xFF and mangling any title outside Latin-1.
  const xmp = pdfDoc.context.stream(new TextEncoder().encode(xmpPacket(properties, now)), { Type: 'Metadata', Subtype: 'XML' });
  pdfDoc.catalog.set(PDFName.of('Metadata'), pdfDoc.context.register(xmp));
}

export function xmpPacket(properties: PdfProperties, now: Date): string {
  const date = now.toISOString();
  const text = (value: string) => escapeXml(value);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<pdfuaid:part>1</pdfuaid:part>
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${text(properties.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${text(properties.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${text(properties.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>${text(properties.language)}</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>${text(properties.keywords.join(', '))}</pdf:Keywords>
<pdf:Producer>${CREATOR} (pdf-lib)</pdf:Producer>
<xmp:CreatorTool>${CREATOR}</xmp:CreatorTool>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

function escapeXml(value: string): string {
  return value.replace(/[<>&"]/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[character] as string);
}
