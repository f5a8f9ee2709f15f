import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A stylesheet with an unclosed block is still served: the browser drops
 * every rule after the break without a word, so whole screens lose their
 * layout while every test that reads the DOM still passes. Stylesheets are
 * edited by several hands and merged by hand, which is how that happens;
 * this reads every block of every stylesheet in the renderer.
 */

const root = path.resolve(__dirname, '../../..');

function stylesheets(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return stylesheets(relative);
    return entry.name.endsWith('.css') ? [relative] : [];
  });
}

/** Where a block is opened and never closed, or closed without being opened; empty when every block is whole. */
function unbalancedBlocks(css: string): string[] {
  const problems: string[] = [];
  const open: number[] = [];
  let line = 1;
  for (let index = 0; index < css.length; index += 1) {
    const char = css[index];
    if (char === '\n') line += 1;
    else if (char === '/' && css[index + 1] === '*') {
      const end = css.indexOf('*/', index + 2);
      if (end === -1) return [...problems, `comment at line ${line} is never closed`];
      line += css.slice(index, end).split('\n').length - 1;
      index = end + 1;
    } else if (char === '"' || char === "'") {
      const end = css.indexOf(char, index + 1);
      if (end === -1) return [...problems, `string at line ${line} is never closed`];
      index = end;
    } else if (char === '{') open.push(line);
    else if (char === '}' && open.pop() === undefined) problems.push(`"}" at line ${line} closes nothing`);
  }
  return [...problems, ...open.map((opened) => `block opened at line ${opened} is never closed`)];
}

describe('the renderer’s stylesheets', () => {
  it('finds a block left open, a stray brace and an open comment', () => {
    expect(unbalancedBlocks('.a { color: red; }\n.b { color: blue; }')).toEqual([]);
    expect(unbalancedBlocks('.a { content: "}"; }')).toEqual([]);
    expect(unbalancedBlocks('.a {\n  color: red;\n.b { color: blue; }')).toEqual(['block opened at line 1 is never closed']);
    expect(unbalancedBlocks('.a { color: red; }\n}')).toEqual(['"}" at line 2 closes nothing']);
    expect(unbalancedBlocks('/* note\n.a { }')).toEqual(['comment at line 1 is never closed']);
  });

  it('close every block they open', () => {
    const sheets = stylesheets('renderer');
    expect(sheets).toContain('renderer/styles/app.css');
    const problems = sheets.flatMap((sheet) => unbalancedBlocks(readFileSync(path.join(root, sheet), 'utf8')).map((problem) => `${sheet}: ${problem}`));
    expect(problems).toEqual([]);
  });
});
