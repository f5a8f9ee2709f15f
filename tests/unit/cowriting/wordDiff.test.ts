import { describe, expect, it } from 'vitest';
import { diffSectionText, diffWords, replacementsFrom, tokenize, type DiffPart } from '../../../shared/cowriting/wordDiff.js';
import { paragraphDoc } from '../core/fixtures.js';

const side = (parts: DiffPart[], kind: 'insert' | 'delete') =>
  parts
    .filter((part) => part.kind !== kind)
    .map((part) => part.text)
    .join('');

/** Length of the longest common subsequence of two token lists, by the textbook table, to check the diff is minimal. */
function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const token of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] as number;
      row[j] = token === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** A small deterministic generator, so failures can be reproduced. */
function randomWords(seed: number, count: number): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const vocabulary = ['we', 'will', 'listen', 'act', 'care', 'home', 'young', 'people', 'council', ',', '.'];
  return Array.from({ length: count }, () => vocabulary[next() % vocabulary.length]).join(' ');
}

describe('word diff', () => {
  it('splits text into words, spaces and punctuation', () => {
    expect(tokenize("Young people's views, respected.")).toEqual(['Young', ' ', "people's", ' ', 'views', ',', ' ', 'respected', '.']);
  });

  it('marks a changed word as one deletion and one insertion between unchanged text', () => {
    expect(diffWords('We will listen to you.', 'We will always listen to you.')).toEqual([
      { kind: 'equal', text: 'We will ' },
      { kind: 'insert', text: 'always ' },
      { kind: 'equal', text: 'listen to you.' },
    ]);
    expect(diffWords('the cat sat', 'a dog sat')).toEqual([
      { kind: 'delete', text: 'the cat' },
      { kind: 'insert', text: 'a dog' },
      { kind: 'equal', text: ' sat' },
    ]);
  });

  it('handles empty texts on either side', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'new words')).toEqual([{ kind: 'insert', text: 'new words' }]);
    expect(diffWords('old words', '')).toEqual([{ kind: 'delete', text: 'old words' }]);
  });

  it('rebuilds both texts from the parts, on random edits', () => {
    for (let seed = 1; seed <= 60; seed += 1) {
      const before = randomWords(seed, 5 + (seed % 30));
      const after = randomWords(seed * 7 + 3, 3 + (seed % 25));
      const parts = diffWords(before, after);
      expect(side(parts, 'insert'), `seed ${seed}`).toBe(before);
      expect(side(parts, 'delete'), `seed ${seed}`).toBe(after);
      expect(parts.every((part, index) => part.kind !== parts[index + 1]?.kind), `seed ${seed}`).toBe(true);
    }
  });

  // Without spaces no change is folded, so the unchanged tokens are exactly a longest common subsequence.
  it('finds the exact minimum on texts without spaces to fold', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const before = randomWords(seed, 20).replaceAll(' ', '');
      const after = randomWords(seed + 100, 18).replaceAll(' ', '');
      const parts = diffWords(before, after);
      const kept = parts.filter((part) => part.kind === 'equal').flatMap((part) => tokenize(part.text)).length;
      expect(kept, `seed ${seed}`).toBe(lcsLength(tokenize(before), tokenize(after)));
    }
  });

  it('compares two unrelated 2,000-word sections', () => {
    const before = randomWords(11, 2000);
    const after = randomWords(97, 2000).toUpperCase();
    const parts = diffWords(before, after);
    expect(side(parts, 'insert')).toBe(before);
    expect(side(parts, 'delete')).toBe(after);
  });

  it('turns the diff into replacements of ranges of the first text', () => {
    const before = 'We will listen. We will act.';
    const replacements = replacementsFrom(diffWords(before, 'We will listen carefully. We act.'));
    expect(replacements).toEqual([
      { from: 14, to: 14, deleted: '', inserted: ' carefully' },
      { from: 18, to: 23, deleted: ' will', inserted: '' },
    ]);
    expect(before.slice(18, 23)).toBe(' will');
  });

  it('compares the text of two section documents, one line per paragraph', () => {
    const parts = diffSectionText(paragraphDoc('Our promise.', 'We listen.'), paragraphDoc('Our promise.', 'We always listen.'));
    expect(parts).toEqual([
      { kind: 'equal', text: 'Our promise.\nWe ' },
      { kind: 'insert', text: 'always ' },
      { kind: 'equal', text: 'listen.' },
    ]);
  });
});
