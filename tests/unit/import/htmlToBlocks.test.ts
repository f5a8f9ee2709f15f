import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../electron/core/import/readers/htmlToBlocks.js';
import { htmlToBlocks as linkedomBlocks } from '../../../electron/core/import/readers/htmlToBlocksLinkedom.js';
import { STYLE_MAP } from '../../../electron/core/import/readers/readDocx.js';
import { wordListNumbers } from '../../../electron/core/import/readers/wordListNumbers.js';
import { buildFixtureDocx, MARKDOWN_FIXTURE } from './fixtures.js';

/**
 * The blocks read from mammoth's HTML by the small tree of `htmlTree` are
 * exactly those the full DOM (linkedom) gave, on every fixture: the Word
 * files through mammoth, the Markdown and text fixtures through markdown-it's
 * HTML, and HTML written here for what mammoth writes (entities, nested and
 * restarted lists, header cells and spans, images, links, footnotes, marks).
 */

const FIXTURES = path.resolve(__dirname, '../../fixtures/import-strategies');

function fixtureFiles(pattern: RegExp, dir = FIXTURES): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? fixtureFiles(pattern, file) : pattern.test(entry.name) ? [file] : [];
  });
}

const MAMMOTH_SHAPES = [
  '<p>Fees &amp; charges &lt;2024&gt; say &quot;yes&quot; &#8212; it&#x2019;s&nbsp;fine</p>',
  '<ul><li>One<ul><li>Nested</li></ul></li><li><p>Two</p></li></ul><ol start="3"><li>Three</li><li>Four<ol><li>Inner</li></ol></li></ol>',
  '<table><thead><tr><th colspan="2">Measure</th></tr></thead><tbody><tr><td rowspan="2">Rate</td><td></td></tr><tr><td><p>58</p><p>per 10,000</p></td></tr></tbody></table>',
  '<p>Before<img src="data:image/png;base64,iVBORw0KGgo=" alt="A &quot;logo&quot;" />after<br />next line <img src="https://example.org/x.png" /></p>',
  '<p><a href="javascript:alert(1)">bad</a> <a href="https://example.org/care">good</a><a id="_Toc1"></a> note<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p><ol><li id="footnote-1"><p>The note. <a href="#footnote-ref-1">↑</a></p></li></ol>',
  '<p><strong>Bold <em>and italic</em></strong><em> italic</em> <s>struck</s> <u>under</u> <sub>2</sub></p><p></p><p>  spaced   out  </p>',
  '<h1 class="document-title">Our Strategy</h1><p><strong>1. Numbered bold heading</strong></p><p><strong>Bold</strong> start only</p><h2>Real heading</h2><h3></h3><p>text</p>',
  '<li>orphan item</li>loose text<p>unclosed <strong>bold</em> end</p></td><p>after</p>',
];

interface Case {
  name: string;
  html: string;
  listNumbers?: Awaited<ReturnType<typeof wordListNumbers>>;
}

async function cases(): Promise<Case[]> {
  const all: Case[] = [];
  const words: [string, Uint8Array][] = fixtureFiles(/\.docx$/).map((file) => [path.basename(file), new Uint8Array(fs.readFileSync(file))]);
  words.push(['built fixture', await buildFixtureDocx()]);
  for (const [name, bytes] of words) {
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP })).value;
    all.push({ name, html, listNumbers: await wordListNumbers(bytes) });
  }
  const markdown = new MarkdownIt('default', { html: false });
  for (const file of fixtureFiles(/\.(md|txt)$/)) all.push({ name: path.basename(file), html: markdown.render(fs.readFileSync(file, 'utf8')) });
  all.push({ name: 'Markdown fixture', html: markdown.render(MARKDOWN_FIXTURE) });
  MAMMOTH_SHAPES.forEach((html, index) => all.push({ name: `shape ${index + 1}`, html }));
  return all;
}

describe('htmlToBlocks', () => {
  it('reads every fixture exactly as the full DOM did', async () => {
    const all = await cases();
    expect(all.length).toBeGreaterThan(20);
    for (const { name, html, listNumbers } of all) {
      for (const boldHeadings of [false, true]) {
        expect(htmlToBlocks(html, { boldHeadings, listNumbers }), `${name}, bold headings ${boldHeadings}`).toEqual(linkedomBlocks(html, { boldHeadings, listNumbers }));
      }
    }
  });
});
