import { describe, expect, it } from 'vitest';
import { countSyllables, readabilityOfSection, readabilityOfText } from '../../../shared/completeness/index.js';
import { readSection } from '../../../shared/completeness/sectionContext.js';
import { paras } from './fixtures/build.js';

describe('syllables', () => {
  it('counts common words the way they are spoken', () => {
    const words = { cat: 1, make: 1, makes: 1, looked: 1, wanted: 2, table: 2, boxes: 2, children: 2, family: 3, education: 4, independent: 4, played: 1 };
    for (const [word, count] of Object.entries(words)) expect(countSyllables(word), word).toBe(count);
  });
});

describe('reading age', () => {
  it('scores a short plain sentence low', () => {
    // 6 words, 6 syllables, 1 sentence: 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45
    const result = readabilityOfText('The cat sat on the mat.');
    expect(result).toMatchObject({ words: 6, sentences: 1, syllables: 6, grade: -1.4, readingAge: 5 });
  });
  it('scores a long formal sentence high', () => {
    const result = readabilityOfText(
      'The local authority will systematically evaluate the effectiveness of commissioning arrangements for independent residential accommodation in collaboration with strategic partners.',
    );
    expect(result.sentences).toBe(1);
    expect(result.readingAge).toBeGreaterThan(18);
  });
  it('counts sentences, not abbreviations', () => {
    expect(readabilityOfText('We met on Monday, e.g. the first one. Then we went home! Did you?').sentences).toBe(3);
  });
  it('returns the longest sentences with their positions in the section', () => {
    const parsed = readSection('foreword-young-people', paras('We like it here.', 'Sometimes it is hard to move to a new school in a new town.'));
    if (!parsed.ok) throw new Error(parsed.message);
    const report = readabilityOfSection(parsed.context, 12);
    expect(report.ceiling).toBe(12);
    expect(report.longestSentences[0]).toMatchObject({ words: 14, from: 19, text: 'Sometimes it is hard to move to a new school in a new town.' });
    expect(parsed.context.doc.textBetween(report.longestSentences[0]?.from ?? 0, report.longestSentences[0]?.to ?? 0)).toBe('Sometimes it is hard to move to a new school in a new town.');
  });
});
