import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import { STYLE_MAP } from '../../../electron/core/import/readers/readDocx.js';
import { openDocx } from '../../../electron/core/import/readers/docxArchive.js';
import { wordListNumbers, type NumberedParagraph } from '../../../electron/core/import/readers/wordListNumbers.js';
import { buildFixtureDocx, MARKDOWN_FIXTURE } from './fixtures.js';
import { SETS_NO_TEST_READS } from './referenceEvaluation.js';
import { seededRandom } from '../../fixtures/seededRandom.js';

/**
 * HTML for the blocks step to read: mammoth's output for every Word fixture,
 * HTML written here in the shapes mammoth writes (entities, nested and
 * restarted lists, header cells and spans, images, links, footnotes, marks,
 * headings, a few mistakes), markdown-it's HTML of the Markdown and text
 * fixtures, and random trees of the same elements.
 */

const FIXTURES = path.resolve(__dirname, '../../fixtures/import-strategies');

export interface HtmlCase {
  name: string;
  html: string;
  listNumbers?: NumberedParagraph[];
}

/** The strategy files of the fixtures, leaving out the blind sets kept back for honest measurement, which no test reads. */
function fixtureFiles(pattern: RegExp, dir = FIXTURES): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return SETS_NO_TEST_READS.includes(entry.name) ? [] : fixtureFiles(pattern, file);
    return pattern.test(entry.name) ? [file] : [];
  });
}

export const MAMMOTH_SHAPES: readonly string[] = [
  '<p>Fees &amp; charges &lt;2024&gt; say &quot;yes&quot; &#8212; it&#x2019;s&nbsp;fine</p>',
  '<ul><li>One<ul><li>Nested</li></ul></li><li><p>Two</p></li></ul><ol start="3"><li>Three</li><li>Four<ol><li>Inner</li></ol></li></ol>',
  '<table><thead><tr><th colspan="2">Measure</th></tr></thead><tbody><tr><td rowspan="2">Rate</td><td></td></tr><tr><td><p>58</p><p>per 10,000</p></td></tr></tbody></table>',
  '<p>Before<img src="data:image/png;base64,iVBORw0KGgo=" alt="A &quot;logo&quot;" />after<br />next line <img src="https://example.org/x.png" /></p>',
  '<p><a href="javascript:alert(1)">bad</a> <a href="https://example.org/care">good</a><a id="_Toc1"></a> note<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p><ol><li id="footnote-1"><p>The note. <a href="#footnote-ref-1">↑</a></p></li></ol>',
  '<p><strong>Bold <em>and italic</em></strong><em> italic</em> <s>struck</s> <u>under</u> <sub>2</sub></p><p></p><p>  spaced   out  </p>',
  '<h1 class="document-title">Our Strategy</h1><p><strong>1. Numbered bold heading</strong></p><p><strong>Bold</strong> start only</p><p><strong>Short bold line</strong></p><h2>Real heading</h2><h3></h3><p>text</p>',
  '<li>orphan item</li>loose text<p>unclosed <strong>bold</em> end</p></td><p>after</p><ul><li>kept</li><ul><li>nested straight in a list</li></ul></ul>',
];

/** The Word fixtures through mammoth (as readDocx calls it), and the shapes above. */
export async function mammothCases(): Promise<HtmlCase[]> {
  const words: [string, Uint8Array][] = fixtureFiles(/\.docx$/).map((file) => [path.basename(file), new Uint8Array(fs.readFileSync(file))]);
  words.push(['built fixture', await buildFixtureDocx()]);
  const cases: HtmlCase[] = [];
  for (const [name, bytes] of words) {
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP })).value;
    cases.push({ name, html, listNumbers: wordListNumbers(openDocx(bytes)) });
  }
  MAMMOTH_SHAPES.forEach((html, index) => cases.push({ name: `shape ${index + 1}`, html }));
  return cases;
}

/** markdown-it's HTML of the Markdown and text fixtures: other whitespace between tags, other nesting. */
export function markdownCases(): HtmlCase[] {
  const markdown = new MarkdownIt('default', { html: false });
  const cases = fixtureFiles(/\.(md|txt)$/).map((file) => ({ name: path.basename(file), html: markdown.render(fs.readFileSync(file, 'utf8')) }));
  return [...cases, { name: 'Markdown fixture', html: markdown.render(MARKDOWN_FIXTURE) }];
}

const TAGS = ['p', 'p', 'ul', 'ol', 'li', 'li', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'strong', 'em', 'a', 'sup', 's', 'u', 'h1', 'h2', 'h3', 'div', 'span', 'b', 'i', 'pre', 'script'];
const TEXTS = ['word', ' ', '  two words ', '\n', '&amp;', 'x', ' end', 'Bold', '1. Heading', '\t'];
const LEAVES = ['<br />', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="p" />', '<img src="http://example.org/y.png" />'];

function attributesFor(tag: string, random: () => number): string {
  const chance = random();
  if (tag === 'a') return [' href="https://example.org/a"', ' id="b"', ' href="#footnote-1"', ' href="javascript:x"'][Math.floor(chance * 4)] ?? '';
  if (chance > 0.3) return '';
  if (tag === 'ol') return ' start="4"';
  if (tag === 'td' || tag === 'th') return ' colspan="2" rowspan="2"';
  return tag === 'h1' ? ' class="document-title"' : '';
}

/** Random trees of those elements nested any way at all, well-formed, from a seed. */
export function randomCases(seed: number, count: number): HtmlCase[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const tree = (depth: number): string => {
    let html = '';
    for (let child = Math.floor(random() * 4); child > 0; child -= 1) {
      const kind = random();
      if (kind < 0.35 || depth > 5) html += pick(TEXTS);
      else if (kind < 0.42) html += pick(LEAVES);
      else {
        const tag = pick(TAGS);
        html += `<${tag}${attributesFor(tag, random)}>${tree(depth + 1)}</${tag}>`;
      }
    }
    return html;
  };
  return Array.from({ length: count }, (_, index) => ({ name: `random ${index}`, html: tree(0) }));
}
