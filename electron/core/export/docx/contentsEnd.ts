import JSZip from 'jszip';

/**
 * `docx` closes the contents field in a paragraph of its own after the last
 * entry. At the body's line height that paragraph can fall onto a page of
 * its own, and the first section, which starts a page, would then start a
 * page late: the Word file would run one page behind the PDF. It is made a
 * hairline (1 pt, no spacing), which keeps the field whole and never takes
 * a line.
 */
const CONTENTS_END = '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent>';
const HAIRLINE_END =
  '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent>';

export async function withHairlineContentsEnd(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/document.xml');
  if (part === null) return bytes;
  const xml = await part.async('string');
  if (!xml.includes(CONTENTS_END)) return bytes;
  zip.file('word/document.xml', xml.replace(CONTENTS_END, HAIRLINE_END));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
