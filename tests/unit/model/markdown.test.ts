import { describe, expect, it } from 'vitest';
import { convertMarkdown, markdownToDoc } from '../../../shared/model/markdown.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import { plainText } from '../../../shared/model/plainText.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { STRUCTURED_TABLE_COLUMNS } from '../../../shared/model/structuredTables.js';

/** Converts and insists the result is a valid document, which every conversion must be. */
function convert(markdown: string): NodeJSON {
  const doc = markdownToDoc(markdown);
  const parsed = docFromJSON(doc);
  if (!parsed.ok) throw new Error(`invalid document: ${parsed.message}`);
  return doc;
}

function textOf(markdown: string): string {
  const parsed = docFromJSON(markdownToDoc(markdown));
  if (!parsed.ok) throw new Error(parsed.message);
  return plainText(parsed.doc);
}

function blocks(markdown: string): NodeJSON[] {
  return convert(markdown).content ?? [];
}

function allNodes(node: NodeJSON): NodeJSON[] {
  return [node, ...(node.content ?? []).flatMap(allNodes)];
}

function allMarks(node: NodeJSON): { type: string; attrs?: Record<string, unknown> }[] {
  return allNodes(node).flatMap((child) => child.marks ?? []);
}

const measuresHeader = `| ${STRUCTURED_TABLE_COLUMNS.measures.join(' | ')} |\n|${'---|'.repeat(STRUCTURED_TABLE_COLUMNS.measures.length)}`;

describe('markdownToDoc', () => {
  it('turns empty or blank input into one empty paragraph', () => {
    expect(convert('')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(convert('   \n\n  \n')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('reads plain text as paragraphs separated by blank lines, joining single line breaks with a space', () => {
    expect(blocks('First line\nsame paragraph\n\nSecond paragraph')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'First line same paragraph' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Second paragraph' }] },
    ]);
  });

  it('maps # and ## to level 2 headings and anything deeper to level 3', () => {
    const levels = blocks('# One\n\n## Two\n\n### Three\n\n###### Six\n\nSetext\n======').map((block) => [block.type, block.attrs?.['level']]);
    expect(levels).toEqual([
      ['heading', 2],
      ['heading', 2],
      ['heading', 3],
      ['heading', 3],
      ['heading', 2],
    ]);
  });

  it('keeps bold, italic and their combination as marks in schema order', () => {
    expect(blocks('**bold** *italic* ***both***')[0]?.content).toEqual([
      { type: 'text', text: 'bold', marks: [{ type: 'strong' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'italic', marks: [{ type: 'em' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'both', marks: [{ type: 'strong' }, { type: 'em' }] },
    ]);
  });

  it('keeps web and e-mail links', () => {
    const marks = allMarks(convert('[guidance](https://www.gov.uk/guidance) and [write](mailto:team@example.gov.uk)'));
    expect(marks).toEqual([
      { type: 'link', attrs: { href: 'https://www.gov.uk/guidance' } },
      { type: 'link', attrs: { href: 'mailto:team@example.gov.uk' } },
    ]);
  });

  it('turns bare web addresses into links', () => {
    expect(allMarks(convert('See https://www.gov.uk for details.'))).toEqual([{ type: 'link', attrs: { href: 'https://www.gov.uk' } }]);
  });

  it('keeps the words of an unsafe link as plain text', () => {
    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', 'vbscript:msgbox', 'data:text/html,<script>x</script>', 'file:///etc/passwd', '/relative/path']) {
      const doc = convert(`Click [here](${href}) now`);
      expect(allMarks(doc), href).toEqual([]);
      expect(textOf(`Click [here](${href}) now`), href).toBe('Click here now');
    }
  });

  it('drops raw HTML and never keeps a script', () => {
    const doc = convert('<script>alert("x")</script>\n\nSafe <img src=x onerror="alert(1)"> text <b onclick="steal()">bold</b>\n\n<div onmouseover="x()">\nblock html\n</div>');
    const json = JSON.stringify(doc);
    expect(json).not.toMatch(/<script|onerror|onclick|onmouseover|<div|<img/i);
    expect(textOf('<script>alert("x")</script>\n\nSafe <b>words</b> here')).toBe('Safe words here');
  });

  it('turns a <br> inside text into a hard break', () => {
    expect(blocks('one<br>two')[0]?.content).toEqual([{ type: 'text', text: 'one' }, { type: 'hard_break' }, { type: 'text', text: 'two' }]);
  });

  it('keeps hard breaks from trailing spaces and backslashes', () => {
    expect(blocks('one  \ntwo\\\nthree')[0]?.content).toEqual([
      { type: 'text', text: 'one' },
      { type: 'hard_break' },
      { type: 'text', text: 'two' },
      { type: 'hard_break' },
      { type: 'text', text: 'three' },
    ]);
  });

  it('builds bullet and numbered lists, nested, keeping the start number', () => {
    const [bullets, numbers] = blocks('- a\n  - a.1\n    1. a.1.i\n- b\n\n3. three\n4. four');
    expect(bullets?.type).toBe('bullet_list');
    expect(bullets?.content).toHaveLength(2);
    const nested = bullets?.content?.[0]?.content?.[1];
    expect(nested?.type).toBe('bullet_list');
    expect(nested?.content?.[0]?.content?.[1]).toMatchObject({ type: 'ordered_list', attrs: { order: 1 } });
    expect(numbers).toMatchObject({ type: 'ordered_list', attrs: { order: 3 } });
    expect(numbers?.content).toHaveLength(2);
  });

  it('gives every list item a leading paragraph, even when empty or starting with something else', () => {
    const [list] = blocks('-\n- # Heading item\n- > quoted');
    expect(list?.content?.map((item) => item.content?.[0]?.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(textOf('-\n- # Heading item\n- > quoted')).toBe('\nHeading item\nquoted');
  });

  it('builds tables with a header row and a paragraph in every cell', () => {
    const [table] = blocks('| A | B |\n|---|---|\n| 1 | **2** |\n| 3 |');
    expect(table).toMatchObject({ type: 'table', attrs: { kind: 'plain' } });
    const rows = table?.content ?? [];
    expect(rows.map((row) => row.content?.map((cell) => cell.type))).toEqual([
      ['table_header', 'table_header'],
      ['table_cell', 'table_cell'],
      ['table_cell', 'table_cell'],
    ]);
    for (const cell of rows.flatMap((row) => row.content ?? [])) {
      expect(cell.content?.map((child) => child.type)).toEqual(['paragraph']);
    }
    expect(textOf('| A | B |\n|---|---|\n| 1 | **2** |\n| 3 |')).toBe('A\tB\n1\t2\n3\t');
  });

  it('marks a table as measures or board membership when the marker comment is straight before it', () => {
    const measures = convertMarkdown(`<!-- table: measures -->\n${measuresHeader}\n|${' |'.repeat(8)}`);
    expect(measures.warnings).toEqual([]);
    expect(measures.doc.content?.[0]).toMatchObject({ type: 'table', attrs: { kind: 'measures' } });

    const board = convertMarkdown('Intro\n\n<!-- table: board-membership -->\n| Role | Organisation | Voting member |\n|---|---|---|\n| Lead Member (chair) | Council | Yes |');
    expect(board.warnings).toEqual([]);
    expect(board.doc.content?.map((block) => block.attrs?.['kind'] ?? block.type)).toEqual(['paragraph', 'board-membership']);
    expect(docFromJSON(board.doc).ok).toBe(true);
  });

  it('leaves a table plain and warns when the marker names an unknown kind or is not followed by a table', () => {
    const unknown = convertMarkdown('<!-- table: measure -->\n| A |\n|---|\n| 1 |');
    expect(unknown.doc.content?.[0]?.attrs).toEqual({ kind: 'plain' });
    expect(unknown.warnings).toEqual([expect.stringContaining('Unknown table kind "measure"')]);

    const stray = convertMarkdown('<!-- table: measures -->\nJust a paragraph\n\n| A |\n|---|\n| 1 |');
    expect(stray.doc.content?.map((block) => block.attrs?.['kind'] ?? block.type)).toEqual(['paragraph', 'plain']);
    expect(stray.warnings).toEqual([expect.stringContaining('not directly followed by a table')]);
  });

  it('warns when a structured table does not have its fixed columns', () => {
    const result = convertMarkdown('<!-- table: measures -->\n| Indicator | Target |\n|---|---|\n| a | b |');
    expect(result.doc.content?.[0]?.attrs).toEqual({ kind: 'measures' });
    expect(result.warnings).toEqual([expect.stringContaining('must have the columns Priority, Indicator')]);
  });

  it('drops other HTML comments without a trace', () => {
    expect(blocks('<!-- a note for editors -->\n\nText')).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Text' }] }]);
  });

  it('keeps embedded images as blocks and replaces other images with their description', () => {
    const src = 'data:image/png;base64,iVBORw0KGgo=';
    expect(blocks(`Before ![a chart](${src}) after`)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Before' }] },
      { type: 'image', attrs: { src, alt: 'a chart' } },
      { type: 'paragraph', content: [{ type: 'text', text: 'after' }] },
    ]);
    expect(blocks('![logo](https://tracker.example.com/pixel.png)')).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'logo' }] }]);
    expect(blocks('![svg](data:image/svg+xml;base64,PHN2Zz4=)')).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'svg' }] }]);
    expect(textOf(`| A |\n|---|\n| ![in a cell](${src}) |`)).toBe('A\nin a cell');
  });

  it('flattens code, quotes and rules into what the schema allows', () => {
    expect(blocks('> quoted\n\n---\n\n```\nline 1\nline 2\n```')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'quoted' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'line 1' }, { type: 'hard_break' }, { type: 'text', text: 'line 2' }] },
    ]);
    expect(textOf('~~struck~~ and `code`')).toBe('struck and code');
  });

  it('converts a megabyte of Markdown', () => {
    const chunk = '## Priority\n\nSome **bold** text with a [link](https://example.gov.uk) and *more*.\n\n- item one\n- item two\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n';
    const input = chunk.repeat(Math.ceil(1_048_576 / chunk.length));
    const doc = convert(input);
    expect(doc.content?.length).toBeGreaterThan(10_000);
    // Time is the benchmark's business; this limit only turns a runaway (quadratic) conversion into a failure.
  }, 120_000);

  it('survives hostile input of a megabyte without overflowing or hanging', () => {
    const hostile = ['['.repeat(1_048_576), '*a'.repeat(524_288), '>'.repeat(1_048_576), '<a '.repeat(349_525), '[a]('.repeat(262_144), `${'  '.repeat(500)}- x\n`.repeat(2000), '|'.repeat(1_048_576)];
    for (const input of hostile) {
      expect(() => convert(input), input.slice(0, 20)).not.toThrow();
    }
  }, 120_000);

  it('always produces a document the schema accepts', () => {
    const samples = [
      '# \n\n##',
      '- \n  -\n    - ',
      '| |\n|-|\n| |',
      '<table><tr><td>html table</td></tr></table>',
      '1. a\n\n   | x |\n   |---|\n   | y |',
      '![](data:image/gif;base64,R0lGOD==)',
      '- ![](data:image/gif;base64,R0lGOD==)',
      '**unclosed *marks [link',
      '\u0000\u0001 control characters \u2028',
      'line\r\nwindows\r\n\r\nparagraph',
      '<!-- table: board-membership -->',
    ];
    for (const sample of samples) expect(docFromJSON(markdownToDoc(sample)).ok, JSON.stringify(sample)).toBe(true);
  });
});
