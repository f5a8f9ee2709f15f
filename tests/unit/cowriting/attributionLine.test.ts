import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributionLine, printableName, withAttributionLine } from '../../../shared/cowriting/attributionLine.js';
import type { Attribution } from '../../../shared/cowriting/attribution.js';
import type { Draft } from '../../../shared/model/draft.js';
import { markdownToDoc } from '../../../shared/model/markdown.js';
import { containsPlaceholder, findPlaceholders } from '../../../shared/model/placeholders.js';
import { validateTemplate } from '../../../shared/template/template.js';

const consent = { givenBy: 'Carer', date: '2026-03-02', recordedBy: 'Sam Worker' };

describe('the attribution line', () => {
  it('prints a first name only unless the whole name was agreed, and no name without consent', () => {
    expect(printableName({ name: ' Amira   Khan ', consent })).toBe('Amira');
    expect(printableName({ name: 'Jordan  Lee', consent: { ...consent, fullName: true } })).toBe('Jordan Lee');
    expect(printableName({ name: 'Kai Brown', consent: null })).toBeNull();
  });

  it('names the group, the people and the month, in plain English', () => {
    const base: Attribution = { groupName: '', contributors: [] };
    expect(attributionLine(base)).toBeNull();
    expect(attributionLine(undefined)).toBeNull();
    expect(attributionLine({ ...base, contributors: [{ name: 'Kai', consent: null }] })).toBeNull();
    expect(attributionLine({ ...base, groupName: 'The Children in Care Council' })).toBe('Written by The Children in Care Council.');
    expect(attributionLine({ ...base, groupName: 'Our Voice', writtenIn: '2026-11' })).toBe('Written by Our Voice, November 2026.');
    const people = [
      { name: 'Amira', consent },
      { name: 'Jordan', consent },
      { name: 'Kai', consent: null },
      { name: 'Ola', consent },
    ];
    expect(attributionLine({ ...base, contributors: people })).toBe('Written by Amira, Jordan and Ola.');
    expect(attributionLine({ groupName: 'Our Voice', contributors: people.slice(0, 1), writtenIn: '2026-01' })).toBe('Written by Amira from Our Voice, January 2026.');
  });
});

describe('the foreword as printed', () => {
  const template = validateTemplate('england-strategy.json', JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../templates/england-strategy/pack.json'), 'utf8')));
  if (!template.ok) throw new Error('the shipped template does not load');
  const starter = template.template.sections.find((section) => section.id === 'foreword-young-people')?.starter ?? '';
  const draftWith = (markdown: string, attribution?: Attribution): Draft => ({
    id: 'd',
    templateId: template.template.id,
    title: 'T',
    cover: { council: '', title: '', periodStart: null, periodEnd: null, date: '', version: '', owner: '', approvingBody: '' },
    coverRevision: 0,
    sections: [{ id: 'foreword-young-people', doc: markdownToDoc(markdown), revision: 0, updatedAt: '' }],
    createdAt: '',
    updatedAt: '',
    trashedAt: null,
    ...(attribution ? { attribution } : {}),
  });
  const paragraphs = (draft: Draft) => (draft.sections[0]?.doc.content ?? []).map((block) => (block.content ?? []).map((inline) => inline.text ?? '').join(''));
  const record: Attribution = { groupName: 'Our Voice', contributors: [], writtenIn: '2026-03' };

  it('swaps the starter line, where it was, for the line from the record', () => {
    const printed = withAttributionLine(draftWith(`${starter}\n\nWe want carers who listen.`, record), template.template);
    expect(paragraphs(printed)).toEqual(['Written by Our Voice, March 2026.', 'We want carers who listen.']);
    expect(printed.sections[0]?.doc.content?.[0]?.content?.[0]?.marks).toEqual([{ type: 'em' }]);
  });

  it('adds the line at the end when the writers removed the starter line, and changes nothing without a record', () => {
    expect(paragraphs(withAttributionLine(draftWith('We want carers who listen.', record), template.template))).toEqual(['We want carers who listen.', 'Written by Our Voice, March 2026.']);
    const unchanged = draftWith(starter);
    expect(withAttributionLine(unchanged, template.template)).toBe(unchanged);
  });

  it('keeps a line the young people rewrote themselves', () => {
    const own = 'Written by us, the Our Voice group [TBC].';
    expect(paragraphs(withAttributionLine(draftWith(own, record), template.template))).toEqual([own, 'Written by Our Voice, March 2026.']);
  });
});

describe('placeholders', () => {
  it('are what the starter text puts in square brackets, and the usual fill-in marks', () => {
    expect(findPlaceholders('**[Name]**, Lead Member; target XX% by TBC').map((found) => found.text)).toEqual(['[Name]', 'XX%', 'TBC']);
    expect(findPlaceholders('1. [First priority]')).toEqual([{ from: 3, to: 19, text: '[First priority]' }]);
    expect(containsPlaceholder('See reference [3] of the Children Act 1989.')).toBe(false);
    expect(containsPlaceholder('Due dd/mm/yyyy')).toBe(true);
  });

  it('covers every bracketed fill-in in the shipped starter text', () => {
    const shipped = fs.readFileSync(path.resolve(__dirname, '../../../templates/england-strategy/pack.json'), 'utf8');
    const bracketed = [...shipped.matchAll(/\[[^\]\n"]{2,80}\](?!\()/g)].map((match) => match[0]);
    expect(bracketed.length).toBeGreaterThan(3);
    for (const text of bracketed) expect(containsPlaceholder(text), text).toBe(true);
  });
});
