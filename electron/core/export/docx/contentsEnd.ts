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

/** document.xml with the contents field closed in a hairline paragraph (unchanged when it has no contents). */
export function withHairlineContentsEnd(documentXml: string): string {
  return documentXml.replace(CONTENTS_END, HAIRLINE_END);
}
