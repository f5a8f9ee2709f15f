import { describe, expect, it } from 'vitest';
import type { CueBook } from '../../../electron/core/import/classify/importCues.js';
import { scoreContent } from '../../../electron/core/import/classify/contentSignals.js';

/** A global pattern that counts how often it is run. */
class CountingPattern extends RegExp {
  runs = 0;
  override exec(text: string): RegExpExecArray | null {
    this.runs += 1;
    return super.exec(text);
  }
}

function bookWith(pattern: RegExp, saturation: number): CueBook {
  return { sections: [{ id: 'pledge', title: 'our pledge', place: 'body', foreword: false, priorities: false, theme: false, headings: [], content: [{ pattern, saturation, weight: 0.9 }] }], unplaced: [] };
}

describe('content signals', () => {
  it('count a signal up to its saturation and no further, however long the part', () => {
    const pattern = new CountingPattern('\\bwe will\\b', 'gi');
    const text = 'We will listen to you. '.repeat(5000);
    expect(scoreContent(text, bookWith(pattern, 2)).get('pledge')).toBeCloseTo(0.9);
    expect(pattern.runs).toBe(2);
  });

  it('score a signal seen fewer times than its saturation in proportion, and the same when scored again', () => {
    const pattern = new CountingPattern('\\bwe will\\b', 'gi');
    const book = bookWith(pattern, 4);
    const text = 'We will listen. Then we will act. Nothing more.';
    expect(scoreContent(text, book).get('pledge')).toBeCloseTo(0.45);
    expect(scoreContent(text, book).get('pledge')).toBeCloseTo(0.45);
    expect(scoreContent('Nothing here.', book).has('pledge')).toBe(false);
  });
});
