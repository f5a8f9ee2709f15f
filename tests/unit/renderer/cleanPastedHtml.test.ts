import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from '../../../renderer/editor/paste/cleanPastedHtml.js';

const WORD_PASTE = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<link rel=File-List href="file:///C:/Users/x/clip_filelist.xml">
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
<style><!-- p.MsoNormal { margin: 0cm; } --></style></head>
<body lang=EN-GB><!--StartFragment--><p class=MsoNormal><b>Our pledge</b><o:p></o:p></p>
<p class=MsoListParagraph><![if !supportLists]><span>·<span>&nbsp;</span></span><![endif]>We will listen<o:p></o:p></p>
<!--EndFragment--></body></html>`;

describe('cleanPastedHtml', () => {
  it('removes Office head matter, conditional comments and namespaced tags but keeps the text and formatting', () => {
    const cleaned = cleanPastedHtml(WORD_PASTE);
    for (const gone of ['<meta', '<link', '<style', 'MsoNormal {', '<xml', 'o:OfficeDocumentSettings', '<o:p>', '</o:p>', '[if', 'endif', 'StartFragment']) {
      expect(cleaned).not.toContain(gone);
    }
    expect(cleaned).toContain('<b>Our pledge</b>');
    expect(cleaned).toContain('We will listen');
  });

  it('removes scripts and other active or embedded content with what is inside them', () => {
    const cleaned = cleanPastedHtml('<p>Before</p><script>alert(1)</script><SCRIPT type="x">steal()</SCRIPT ><iframe src="https://x"></iframe><svg><script>y()</script></svg><p>After</p>');
    expect(cleaned).toBe('<p>Before</p><p>After</p>');
  });

  it('removes event handler attributes, however they are quoted, and keeps the other attributes', () => {
    const cleaned = cleanPastedHtml(`<p class="a" onclick="x()">One</p><a href="https://gov.uk" ONMOUSEOVER='y()' title="a > b" onfocus=z()>Two</a><p>one = two</p>`);
    expect(cleaned).toBe('<p class="a">One</p><a href="https://gov.uk" title="a > b">Two</a><p>one = two</p>');
  });

  it('drops an unterminated script and everything after it', () => {
    expect(cleanPastedHtml('<p>Kept</p><script>never closed <p>gone</p>')).toBe('<p>Kept</p>');
  });

  it('leaves ordinary HTML, links and escaped look-alikes alone', () => {
    const html = '<h2>Vision</h2><p>See <a href="https://www.gov.uk/">GOV.UK</a> &lt;script&gt; is text</p><ul><li>One</li></ul>';
    expect(cleanPastedHtml(html)).toBe(html);
  });

  it('cleans five megabytes of pasted HTML', () => {
    const chunk = '<p class=MsoNormal style="margin:0" onclick="steal()">Children in care told us what matters<o:p></o:p></p><!-- note --><style>.x{}</style>\n';
    const html = chunk.repeat(Math.ceil((5 * 1024 * 1024) / chunk.length));
    const cleaned = cleanPastedHtml(html);
    expect(cleaned).not.toContain('<o:p>');
    expect(cleaned).not.toContain('<style>');
    expect(cleaned).not.toContain('onclick');
  });
});
