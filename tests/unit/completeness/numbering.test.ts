import { describe, expect, it } from 'vitest';
import { appendixLetter, sectionNumbering } from '../../../shared/completeness/index.js';
import { testTemplate } from './fixtures/template.js';

describe('sectionNumbering', () => {
  it('numbers main sections in template order, letters appendices and leaves front matter unnumbered', () => {
    const labels = sectionNumbering(testTemplate);
    expect(labels.has('cover')).toBe(false);
    expect(labels.has('foreword-young-people')).toBe(false);
    expect(labels.get('introduction')).toBe('1');
    expect(labels.get('measures')).toBe('9');
    expect(labels.get('care-leavers-offer')).toBe('11');
    expect(labels.get('contact')).toBe('17');
    expect(labels.get('legislation')).toBe('Appendix A');
    expect(labels.get('glossary')).toBe('Appendix C');
  });
  it('leaves a foreword unnumbered by its role, whatever its id', () => {
    const template = { ...testTemplate, sections: testTemplate.sections.map((section) => (section.id === 'foreword-leadership' ? { ...section, id: 'welcome' } : section.id === 'introduction' ? { ...section, id: 'foreword-notes' } : section)) };
    const labels = sectionNumbering(template);
    expect(labels.has('welcome')).toBe(false);
    expect(labels.get('foreword-notes')).toBe('1');
  });
  it('numbers appendices when asked to', () => {
    expect(sectionNumbering(testTemplate, 'number').get('board-tor')).toBe('Appendix 2');
  });
  it('continues letters past Z', () => {
    expect([1, 26, 27, 52, 53].map(appendixLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA']);
  });
});
