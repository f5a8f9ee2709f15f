import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { describeImportOutcome } from '../../../renderer/import/importOutcome.js';
import { confidenceInWords, confidencePercent, moveWithChildren, sectionMerges } from '../../../renderer/import/reviewChoices.js';
import type { ImportChoices, ImportPart, ImportProposal, ImportSectionOption } from '../../../shared/import/types.js';
import { coverToFormValues, type CoverFormValues } from '../../../renderer/draft/coverForm.js';
import { emptyCover } from '../../../shared/model/draft.js';

/** The tests' tsconfig has no JSX, so the component is loaded by a path the type checker does not follow. */
const COMPONENT = '../../../renderer/import/ImportReview.tsx';
type ImportReviewComponent = FunctionComponent<{
  proposal: ImportProposal;
  sections: readonly ImportSectionOption[];
  destination?: { kind: 'new-draft' } | { kind: 'open-draft'; draftTitle: string; hasOwnText: (sectionId: string) => boolean; currentCover: CoverFormValues };
  onConfirm: (choices: ImportChoices) => void;
  onCancel: () => void;
}>;

const part = (index: number, text: string, level: number, parentIndex: number | null, section: string, confidence: number): ImportPart => ({
  index,
  heading: { text, level },
  parentIndex,
  blocks: [],
  preview: `Text under ${text}`,
  section,
  confidence,
  followsParent: parentIndex !== null,
});

const parts = [
  part(0, 'Who we are', 1, null, 'introduction', 0.8),
  part(1, 'Our councillors', 2, 0, 'introduction', 0.8),
  part(2, 'Governance', 2, 0, 'governance', 0.7),
  part(3, 'Board detail', 3, 2, 'governance', 0.7),
  part(4, 'Closing words', 1, null, 'unsorted', 0.2),
];

describe('review choices', () => {
  it('moves a part with the sub-headings that followed it, not those placed elsewhere', () => {
    const sections = parts.map((candidate) => candidate.section);
    expect(moveWithChildren(parts, sections, 0, 'roles')).toEqual(['roles', 'roles', 'governance', 'governance', 'unsorted']);
    expect(moveWithChildren(parts, sections, 2, 'priorities')).toEqual(['introduction', 'introduction', 'priorities', 'priorities', 'unsorted']);
  });

  it('into an open draft, replaces sections holding only starter text and keeps the officer’s own writing unless told otherwise', () => {
    const sections = [
      { id: 'introduction', title: 'Introduction' },
      { id: 'governance', title: 'Governance' },
      { id: 'roles', title: 'Roles' },
    ];
    const choices = parts.map((candidate) => candidate.section);
    const ownText = (id: string) => id === 'governance';
    expect([...sectionMerges(sections, choices, new Map(), ownText)]).toEqual([
      ['introduction', 'replace'],
      ['governance', 'keep'],
      ['unsorted', 'append'],
    ]);
    const chosen = new Map([['governance', 'append' as const], ['introduction', 'keep' as const], ['unsorted', 'keep' as const]]);
    expect([...sectionMerges(sections, choices, chosen, ownText)]).toEqual([
      ['introduction', 'keep'],
      ['governance', 'append'],
      ['unsorted', 'keep'],
    ]);
    // A section no part goes to is not listed: it keeps its text without asking.
    expect(sectionMerges(sections, choices, new Map(), ownText).has('roles')).toBe(false);
  });

  it('tells the officer what an import into the draft did, naming sections by title', () => {
    const titles: Record<string, string> = { introduction: 'Introduction', governance: 'Governance', roles: 'Roles', unsorted: 'Unsorted (from import)' };
    const titleOf = (id: string) => titles[id] ?? id;
    const draft = {} as Parameters<typeof describeImportOutcome>[0]['draft'];
    expect(describeImportOutcome({ draft, replaced: ['introduction'], appended: ['governance', 'unsorted'], kept: ['roles'], reviewReset: ['governance'] }, titleOf)).toBe(
      'Imported into this draft: replaced the text of Introduction; added to Governance, Unsorted (from import); kept as they were: Roles. Governance was approved and now needs review again. Each section’s earlier text is in its History.',
    );
    expect(describeImportOutcome({ draft, replaced: [], appended: ['roles'], kept: [], reviewReset: [] }, titleOf)).toBe(
      'Imported into this draft: added to Roles. Each section’s earlier text is in its History.',
    );
    const labels: Record<string, string> = { owner: 'Owner', approvingBody: 'Approving body' };
    expect(
      describeImportOutcome({ draft, replaced: ['roles'], appended: [], kept: [], reviewReset: [], coverFilled: ['owner', 'approvingBody'], namesSaved: ['director-title'] }, titleOf, (field) => labels[field] ?? field),
    ).toBe(
      'Imported into this draft: replaced the text of Roles. Filled on the title page: owner, approving body. Saved 1 name for the checks; you can change it on the library screen. Each section’s earlier text is in its History.',
    );
  });

  it('describes confidence in words and as a number', () => {
    expect([0.9, 0.6, 0.3, 0.1].map(confidenceInWords)).toEqual(['Confident', 'Fairly confident', 'Unsure', 'A guess']);
    expect(confidencePercent(0.824)).toBe('82%');
  });
});

describe('ImportReview', () => {
  it('shows a new draft the whole title page the file gave, saying which fields it stated, every one editable', async () => {
    const { ImportReview } = (await import(COMPONENT)) as { ImportReview: ImportReviewComponent };
    const cover = { council: 'Testshire County Council', title: 'Old', periodStart: 2019, periodEnd: 2022, owner: 'Director of People', date: '2019-03-26', approvingBody: 'Full Council' };
    const html = renderToStaticMarkup(
      createElement(ImportReview, { proposal: { fileName: 'old.docx', format: 'docx', cover, parts, messages: [] }, sections: [{ id: 'roles', title: 'Roles' }], onConfirm: () => undefined, onCancel: () => undefined }),
    );
    for (const value of ['Director of People', '26/03/2019', 'Full Council', '2019']) expect(html).toContain(`value="${value}"`);
    const hints = [...html.matchAll(/<label for="[^"]*">([^<]*)<\/label><p id="[^"]*" class="field__hint">([^<]*)<\/p>/g)].map((match) => `${match[1]}: ${match[2]}`);
    expect(hints).toEqual([
      'Council: Found in the file.',
      'Strategy title: Found in the file.',
      'Period start year: Found in the file.',
      'Period end year: Found in the file.',
      'Date: Found in the file. Day, month and year, for example 01/04/2025.',
      'Version: Not stated in the file.',
      'Owner: Found in the file.',
      'Approving body: Found in the file.',
    ]);
  });

  it('shows every part with a labelled section control, its confidence and the Unsorted area', async () => {
    const { ImportReview } = (await import(COMPONENT)) as { ImportReview: ImportReviewComponent };
    const proposal: ImportProposal = { fileName: 'old.docx', format: 'docx', cover: { council: 'Testshire County Council', title: 'Corporate Parenting Strategy', periodStart: 2019, periodEnd: 2022 }, parts, messages: ['The contents page was left out.'] };
    const html = renderToStaticMarkup(
      createElement(ImportReview, {
        proposal,
        sections: [
          { id: 'introduction', title: 'Introduction' },
          { id: 'governance', title: 'Governance' },
          { id: 'roles', title: 'Roles' },
        ],
        onConfirm: () => undefined,
        onCancel: () => undefined,
      }),
    );
    expect(html.match(/<select/g)).toHaveLength(parts.length);
    expect(html).toContain('for “Closing words”');
    expect(html).toContain('Confident: 80%.');
    expect(html).toContain('A guess: 20%.');
    expect(html).toContain('Unsorted (keep for later)');
    expect(html).toContain('The contents page was left out.');
    expect(html).toContain('value="Testshire County Council"');
    expect(html).toMatch(/<h2>Unsorted<\/h2>.*Closing words/s);
  });

  it('into an open draft, asks what happens to each receiving section, and offers only the title-page details the draft does not already say the same way', async () => {
    const { ImportReview } = (await import(COMPONENT)) as { ImportReview: ImportReviewComponent };
    const proposal: ImportProposal = { fileName: 'old.docx', format: 'docx', cover: { council: 'Testshire County Council', title: 'Old', periodStart: null, periodEnd: null }, parts, messages: [] };
    const html = renderToStaticMarkup(
      createElement(ImportReview, {
        proposal,
        sections: [
          { id: 'introduction', title: 'Introduction' },
          { id: 'governance', title: 'Governance' },
        ],
        destination: {
          kind: 'open-draft',
          draftTitle: 'Our strategy 2026',
          hasOwnText: (id) => id === 'governance',
          currentCover: coverToFormValues({ ...emptyCover(), council: 'Testshire County Council', title: 'Our strategy 2026' }),
        },
        onConfirm: () => undefined,
        onCancel: () => undefined,
      }),
    );
    expect(html).not.toContain('Testshire County Council');
    expect(html).toContain('Our strategy 2026');
    expect(html).toContain('Import into this draft');
    expect(html).not.toContain('Import into a new draft');
    expect(html).toMatch(/<legend>Introduction<span[^>]*> \(2 parts; starter text only\)<\/span><\/legend>/);
    expect(html).toContain('name="merge-introduction" checked="" value="replace"');
    expect(html).toMatch(/<legend>Governance<span[^>]*> \(2 parts; has your own text\)<\/span><\/legend>/);
    expect(html).toContain('name="merge-governance" checked="" value="keep"');
    expect(html).toContain('Add them to Unsorted, to sort later');
    // The title differs and is offered unticked beside the draft's; the council is the same and is not offered.
    expect(html).toMatch(/<input type="checkbox"[^>]*\/>Use the file’s strategy title<\/label>/);
    expect(html).not.toMatch(/<input type="checkbox"[^>]*checked/);
    expect(html).toContain('The draft has: <strong>Our strategy 2026</strong>');
  });
});
