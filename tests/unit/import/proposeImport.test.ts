import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../electron/core/import/applyImport.js';
import { choicesFromProposal } from '../../../electron/core/import/choices.js';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import { buildFixtureDocx, DOCX_EXPECTED, MARKDOWN_EXPECTED, MARKDOWN_FIXTURE, TEXT_EXPECTED, TEXT_FIXTURE } from './fixtures.js';
import { allNodes, bytesOf, ENGLAND, hasMark, sectionsByHeading } from './helpers.js';

describe('importing a Word document', () => {
  it('puts every heading in the right section and reads the title page', async () => {
    const proposal = await proposeImport({ name: 'strategy.docx', bytes: await buildFixtureDocx() }, { template: ENGLAND });
    expect(sectionsByHeading(proposal)).toEqual(DOCX_EXPECTED);
    expect(proposal.format).toBe('docx');
    expect(proposal.cover).toEqual({ council: 'Northfield Borough Council', title: 'Corporate Parenting Strategy', periodStart: 2021, periodEnd: 2024 });
    for (const part of proposal.parts) {
      expect(part.confidence).toBeGreaterThanOrEqual(0);
      expect(part.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('keeps tables, lists, bold, italic and links', async () => {
    const proposal = await proposeImport({ name: 'strategy.docx', bytes: await buildFixtureDocx() }, { template: ENGLAND });
    const applied = applyImport(proposal, choicesFromProposal(proposal));
    const doc = (id: string) => applied.sections.find((section) => section.id === id)?.doc.content ?? [];
    expect(allNodes(doc('local-context')).filter((node) => node.type === 'table_row')).toHaveLength(3);
    expect(allNodes(doc('local-context')).some((node) => node.text === 'Care leavers in work or study')).toBe(true);
    const pledge = doc('pledge');
    expect(pledge.some((node) => node.type === 'bullet_list' && node.content?.length === 3)).toBe(true);
    expect(hasMark(pledge, 'strong', 'always')).toBe(true);
    expect(hasMark(pledge, 'em', 'matter')).toBe(true);
    const link = allNodes(doc('legislation')).find((node) => node.text === 'Act online');
    expect(link?.marks).toEqual([{ type: 'link', attrs: { href: 'https://www.legislation.gov.uk/ukpga/2017/16' } }]);
    for (const section of applied.sections) expect(docFromJSON(section.doc).ok).toBe(true);
  });

  it('keeps the part that fits nothing in Unsorted, with its text', async () => {
    const proposal = await proposeImport({ name: 'strategy.docx', bytes: await buildFixtureDocx() }, { template: ENGLAND });
    const applied = applyImport(proposal, choicesFromProposal(proposal));
    const unsortedText = allNodes(applied.unsorted?.content ?? []).map((node) => node.text ?? '').join(' ');
    expect(unsortedText).toContain('Closing Remarks');
    expect(unsortedText).toContain('Thank you to everyone who helped to write this.');
  });
});

describe('importing Markdown', () => {
  it('maps each heading and keeps marks, links and tables', async () => {
    const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(MARKDOWN_FIXTURE) }, { template: ENGLAND });
    expect(sectionsByHeading(proposal)).toEqual(MARKDOWN_EXPECTED);
    expect(proposal.cover).toMatchObject({ council: 'Eastmere City Council', periodStart: 2022, periodEnd: 2025 });
    const applied = applyImport(proposal, choicesFromProposal(proposal));
    const doc = (id: string) => applied.sections.find((section) => section.id === id)?.doc.content ?? [];
    expect(hasMark(doc('pledge'), 'strong', 'celebrate')).toBe(true);
    expect(hasMark(doc('pledge'), 'em', 'work or training')).toBe(true);
    expect(hasMark(doc('governance'), 'link', 'the panel page')).toBe(true);
    expect(allNodes(doc('governance')).filter((node) => node.type === 'table_row')).toHaveLength(3);
  });

  it('reads a single "# Title" over "##" parts as the strategy\'s title, not as an empty part', async () => {
    const source = [
      '# Wexcombe Corporate Parenting Strategy 2026-2029',
      '',
      '## Our pledge to you',
      '',
      'We will answer your calls within a day.',
      '',
      '## Measures of success',
      '',
      'We will report on placement stability every quarter.',
    ].join('\n');
    const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(source) }, { template: ENGLAND });
    expect(proposal.cover).toMatchObject({ title: 'Wexcombe Corporate Parenting Strategy', periodStart: 2026, periodEnd: 2029 });
    expect(proposal.parts.map((part) => part.heading?.text)).toEqual(['Our pledge to you', 'Measures of success']);
  });

  it('reads the title and period from a title page set as headings, keeping the headings in the document', async () => {
    const source = ['# Wexcombe Borough Council', '', '## Corporate Parenting Strategy 2026 to 2029', '', '# Our pledge to you', '', 'We will answer your calls within a day.'].join('\n');
    const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(source) }, { template: ENGLAND });
    expect(proposal.cover).toEqual({ council: 'Wexcombe Borough Council', title: 'Corporate Parenting Strategy', periodStart: 2026, periodEnd: 2029 });
    expect(proposal.parts.map((part) => part.heading?.text)).toContain('Our pledge to you');
  });

  it('does not take an opening chapter heading for the title', async () => {
    const source = ['# Introduction to our strategy', '', '## Why this plan matters', '', 'We will answer your calls within a day.', '', '# Our pledge to you', '', 'We will listen.'].join('\n');
    const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(source) }, { template: ENGLAND });
    expect(proposal.cover).toMatchObject({ title: '', periodStart: null, periodEnd: null });
  });

  it('keeps level-1 headings as parts when the document has several', async () => {
    const source = ['# Our pledge to you', '', 'We will answer your calls within a day.', '', '# Strategy for measures 2026', '', 'We will report every quarter.'].join('\n');
    const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(source) }, { template: ENGLAND });
    expect(proposal.parts.map((part) => part.heading?.text)).toEqual(['Our pledge to you', 'Strategy for measures 2026']);
  });
});

describe('importing plain text', () => {
  it('recognises numbered, appendix and capitalised headings and nests sub-headings', async () => {
    const proposal = await proposeImport({ name: 'strategy.txt', bytes: bytesOf(TEXT_FIXTURE) }, { template: ENGLAND });
    expect(sectionsByHeading(proposal)).toEqual(TEXT_EXPECTED);
    const education = proposal.parts.find((part) => part.heading?.text === '3.1 Education');
    expect(education?.heading?.level).toBe(2);
    expect(education?.followsParent).toBe(true);
    expect(proposal.cover).toEqual({ council: 'Hillcroft County Council', title: 'Corporate Parenting Strategy', periodStart: 2020, periodEnd: 2023 });
  });

  it('turns numbered lines into a list and web addresses into links', async () => {
    const proposal = await proposeImport({ name: 'strategy.txt', bytes: bytesOf(TEXT_FIXTURE) }, { template: ENGLAND });
    const applied = applyImport(proposal, choicesFromProposal(proposal));
    const priorities = applied.sections.find((section) => section.id === 'priorities')?.doc.content ?? [];
    expect(priorities.find((node) => node.type === 'ordered_list')?.content).toHaveLength(3);
    const legislation = applied.sections.find((section) => section.id === 'legislation')?.doc.content ?? [];
    expect(hasMark(legislation, 'link', 'www.legislation.gov.uk')).toBe(true);
  });

  it('leaves a hand-made contents page out instead of reading its entries as headings', async () => {
    const text = ['Contents', '', '1. Introduction\t3', '2. Our Vision ........ 5', '', '1. Introduction', '', 'This strategy sets out what corporate parenting means here.', '', '2. Our Vision', '', 'Our ambition is that every child thrives.'].join('\n');
    const proposal = await proposeImport({ name: 'strategy.txt', bytes: bytesOf(text) }, { template: ENGLAND });
    expect(proposal.parts.map((part) => part.heading?.text)).toEqual(['1. Introduction', '2. Our Vision']);
    expect(proposal.messages.join(' ')).toMatch(/contents page was left out/);
  });
});
