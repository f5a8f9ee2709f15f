import { describe, expect, it } from 'vitest';
import { findCrossReferences, splitAtReferences } from '../../../electron/core/export/crossReferences.js';

const LABELS = new Set(['1', '4', '10', '22', 'Appendix A', 'Appendix B']);

function linked(text: string): string[] {
  return findCrossReferences(text, LABELS).map((reference) => `${text.slice(reference.from, reference.to)} → ${reference.label}`);
}

describe('cross-references', () => {
  it('links references to this strategy’s sections and appendices', () => {
    expect(linked('Our promises (see section 4) and Appendix B.')).toEqual(['section 4 → 4', 'Appendix B → Appendix B']);
    expect(linked('The board’s role is set out in Section 10.')).toEqual(['Section 10 → 10']);
    expect(linked('How we measure this is described in section 4.2 and in appendix a.')).toEqual(['section 4.2 → 4', 'appendix a → Appendix A']);
    expect(linked('The duties of the Children Act 1989 are summarised in section 4 of this strategy.')).toEqual(['section 4 → 4']);
  });

  it('leaves references to legislation as text', () => {
    for (const text of [
      'Section 10 of the Children Act 2004 places a duty to cooperate.',
      'Children and Social Work Act 2017: section 1 sets out the corporate parenting principles.',
      'Councils must act under s. 10 and s.22 of the 1989 Act.',
      'Young people are entitled to support in section 22(3) accommodation duties.',
      'This is set out in sections 22 and 23C of the Children Act 1989.',
      'See section 22(3) for the general duty.',
      'Care leavers are covered in section 23C.',
      'The local offer is required by Part 6 of the Children and Social Work Act 2017.',
      'In section 22 the Act sets out the general duty of the authority.',
      'The forms are in Appendix 2 to the Care Planning Regulations.',
      'See section 10 of the Act.',
    ]) {
      expect(linked(text), text).toEqual([]);
    }
  });

  it('leaves references to parts the strategy does not have as text', () => {
    expect(linked('See section 9 and Appendix C.')).toEqual([]);
    expect(findCrossReferences('See section 4.', new Set())).toEqual([]);
  });

  it('tells a sentence about an Act from the next sentence', () => {
    expect(linked('The Children Act 1989 is the foundation. Our response is in section 4.')).toEqual(['section 4 → 4']);
  });

  it('cuts a run at the references inside it, also where a reference spans two runs', () => {
    const text = 'More in section 4 now';
    const references = findCrossReferences(text, LABELS);
    const anchorOf = (label: string): string => `#${label}`;
    expect(splitAtReferences(text, 0, references, anchorOf)).toEqual([{ text: 'More in ' }, { text: 'section 4', anchor: '#4' }, { text: ' now' }]);
    // "More in sect" in one run, "ion 4 now" in the next.
    expect(splitAtReferences('More in sect', 0, references, anchorOf)).toEqual([{ text: 'More in ' }, { text: 'sect', anchor: '#4' }]);
    expect(splitAtReferences('ion 4 now', 12, references, anchorOf)).toEqual([{ text: 'ion 4', anchor: '#4' }, { text: ' now' }]);
  });
});
