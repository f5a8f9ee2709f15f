import { describe, expect, it } from 'vitest';
import type { CommentThread } from '../../../shared/cowriting/commentThread.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { exportDocx } from '../../../electron/core/export/docx/exportDocx.js';
import { acceptedDraft } from '../../../electron/core/export/acceptedDraft.js';
import { exportDraft } from '../../../electron/core/export/exportDraft.js';
import { doc, heading, paragraph } from '../../fixtures/docBuilders.js';
import { convertWithLibreOffice, docxFileNames, docxParts, findOffice } from '../../fixtures/docxInspect.js';
import { approvedDraft, sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';

const suggested = (type: 'insertion' | 'deletion', text: string, author: string): NodeJSON => ({
  type: 'text',
  text,
  marks: [{ type, attrs: { id: `${type}-${author}`, author, at: '2026-03-12T10:15:42.123Z' } }],
});

// "We will listen to you." with "really " suggested in and "to you" suggested out.
const vision = doc(paragraph('We will ', suggested('insertion', 'really ', 'Officer Ola'), 'listen', suggested('deletion', ' to you', 'Manager Mo'), '.'));

const thread = (overrides: Partial<CommentThread>): CommentThread => ({
  id: 'c1',
  draftId: 'd1',
  sectionId: 'vision',
  // "will" is at 4..8: the paragraph opens at 0 and its text starts at 1.
  anchor: { from: 4, to: 8, quote: 'will' },
  orphaned: false,
  author: 'Councillor Kay',
  at: '2026-03-13T09:00:00.000Z',
  body: 'Can we say when?',
  resolved: null,
  replies: [{ id: 'r1', author: 'Officer Ola', at: '2026-03-13T10:00:00.000Z', body: 'By the summer.' }],
  ...overrides,
});

async function parts(bytes: Uint8Array) {
  const names = await docxFileNames(bytes);
  return docxParts(bytes, ['word/document.xml', ...names.filter((name) => name === 'word/comments.xml')]);
}

describe('Word export of co-writing', () => {
  it('writes open suggestions as Word tracked changes with author and date', async () => {
    const bytes = await exportDocx({ draft: sampleDraftWith({ vision }), template: sampleTemplate(), markDraft: false });
    const xml = (await parts(bytes))['word/document.xml'] ?? '';
    expect(xml).toMatch(/<w:ins [^>]*w:author="Officer Ola"[^>]*w:date="2026-03-12T10:15:42Z"[^>]*>\s*<w:r>(?:(?!<\/w:ins>).)*<w:t[^>]*>really <\/w:t>/s);
    expect(xml).toMatch(/<w:del [^>]*w:author="Manager Mo"[^>]*w:date="2026-03-12T10:15:42Z"[^>]*>(?:(?!<\/w:del>).)*<w:delText[^>]*> to you<\/w:delText>/s);
    const ids = [...xml.matchAll(/<w:(?:ins|del) [^>]*w:id="(\d+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes open comments as Word comments around the words they are on, with replies', async () => {
    const orphan = thread({ id: 'c2', orphaned: true, anchor: { from: 1, to: 3, quote: 'Our old words' }, body: 'Where did this go?', replies: [] });
    const bytes = await exportDocx({ draft: sampleDraftWith({ vision }), template: sampleTemplate(), markDraft: false, comments: [thread({}), orphan] });
    const found = await parts(bytes);
    const comments = found['word/comments.xml'] ?? '';
    expect(comments.match(/<w:comment /g)).toHaveLength(2);
    expect(comments).toMatch(/<w:comment [^>]*w:author="Councillor Kay"/);
    expect(comments).toContain('Can we say when?');
    expect(comments).toContain('By the summer.');
    expect(comments).toContain('Our old words');
    const xml = found['word/document.xml'] ?? '';
    // The first comment covers exactly "will": the run is cut at the comment's ends.
    expect(xml).toMatch(/<w:commentRangeStart w:id="0"\/>\s*<w:r>(?:(?!<\/w:r>).)*<w:t[^>]*>will<\/w:t>\s*<\/w:r>\s*<w:commentRangeEnd w:id="0"\/>/s);
    expect(xml).toMatch(/<w:commentReference w:id="0"\/>/);
    // The orphaned one sits on its section's heading.
    expect(xml).toMatch(/<w:commentRangeStart w:id="1"\/>(?:(?!<\/w:p>).)*Our commitment and vision(?:(?!<\/w:p>).)*<w:commentRangeEnd w:id="1"\/>/s);
  });

  it('leaves resolved comments out and prints suggestions as accepted in a PDF', async () => {
    const draft = approvedDraft(sampleDraftWith({ vision }));
    const word = await exportDraft(draft, sampleTemplate(), { format: 'docx', final: true }, [thread({ resolved: { by: 'Kay', at: '2026-03-14T09:00:00.000Z' } })]);
    expect((await parts(word.bytes))['word/comments.xml'] ?? '').not.toMatch(/<w:comment /);
    expect(word.problems).toContain('"Our commitment and vision" has 2 open suggestions to accept or reject.');
    const accepted = acceptedDraft(draft).sections.find((section) => section.id === 'vision');
    expect(JSON.stringify(accepted?.doc)).toContain('"We will really listen."');
    const pdf = await exportDraft(draft, sampleTemplate(), { format: 'pdf', final: true });
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('places a comment on its words when an empty starter heading before them is left out of the print', async () => {
    // "Our partners" has nothing under it before the next heading, so it is not printed; the comment's positions are in the stored section.
    const written = doc(heading(2, 'Our partners'), heading(2, 'Our councillors'), paragraph('We will listen.'));
    const willAt = 'Our partners'.length + 2 + 'Our councillors'.length + 2 + 1 + 'We '.length;
    const bytes = await exportDocx({
      draft: sampleDraftWith({ vision: written }),
      template: sampleTemplate(),
      markDraft: false,
      comments: [thread({ anchor: { from: willAt, to: willAt + 4, quote: 'will' } })],
    });
    const xml = (await parts(bytes))['word/document.xml'] ?? '';
    expect(xml).not.toContain('Our partners');
    expect(xml).toMatch(/<w:commentRangeStart w:id="0"\/>\s*<w:r>(?:(?!<\/w:r>).)*<w:t[^>]*>will<\/w:t>\s*<\/w:r>\s*<w:commentRangeEnd w:id="0"\/>/s);
  });

  it.skipIf(findOffice() === null)('opens in LibreOffice', async () => {
    const bytes = await exportDocx({ draft: sampleDraftWith({ vision }), template: sampleTemplate(), markDraft: false, comments: [thread({})] });
    const { pdf } = await convertWithLibreOffice(findOffice() ?? 'soffice', bytes);
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  }, 120_000);
});
