import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parsePortableFile, portableFileName, portableFileSchema, PORTABLE_FILE_EXTENSION } from '../../../shared/cowriting/portableFile.js';
import { portableFileFromDraft } from '../../../shared/cowriting/portableFileFromDraft.js';
import { proposedReplacements } from '../../../shared/cowriting/proposedReplacements.js';
import type { Draft } from '../../../shared/model/draft.js';
import { paragraphDoc } from '../core/fixtures.js';

const at = '2026-03-12T10:00:00.000Z';
const draft: Draft = {
  id: 'draft-1',
  templateId: 'test-strategy',
  title: 'Our promise: 2026–2029',
  cover: { council: 'Exampleshire', title: 'Our promise', periodStart: 2026, periodEnd: 2029, date: '', version: '', owner: '', approvingBody: '' },
  coverRevision: 2,
  sections: [
    { id: 'introduction', doc: paragraphDoc('We will listen.'), revision: 3, updatedAt: at },
    { id: 'glossary', doc: paragraphDoc('CiCC: Children in Care Council'), revision: 1, updatedAt: at },
  ],
  createdAt: at,
  updatedAt: at,
  trashedAt: null,
  attribution: { groupName: 'Children in Care Council', contributors: [] },
};

function fileFor(sectionId?: string) {
  const file = portableFileFromDraft({ draft, originRevisions: null, exportedBy: 'Morgan', exportedAt: at, sectionId });
  if (!file) throw new Error('no file');
  return file;
}

describe('portable file', () => {
  it('round-trips a whole draft through its text', () => {
    const file = fileFor();
    expect(file).toMatchObject({ scope: 'draft', draftId: 'draft-1', baseRevisions: { introduction: 3, glossary: 1 }, cover: draft.cover });
    const parsed = parsePortableFile(JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, file });
  });

  it('holds one section, without the title page, when exporting a section', () => {
    const file = fileFor('glossary');
    expect(file.scope).toBe('section');
    expect(file.sections.map((section) => section.id)).toEqual(['glossary']);
    expect(file.cover).toBeUndefined();
    expect(portableFileFromDraft({ draft, originRevisions: null, exportedBy: 'M', exportedAt: at, sectionId: 'missing' })).toBeUndefined();
  });

  it('keeps the base revisions of the library a brought-in draft came from', () => {
    const file = portableFileFromDraft({ draft, originRevisions: { introduction: 7 }, exportedBy: 'M', exportedAt: at });
    expect(file?.baseRevisions).toEqual({ introduction: 7, glossary: 1 });
  });

  it('tells apart text that is not JSON, a file that is not ours, a newer format and a damaged file', () => {
    expect(parsePortableFile('PK\u0003\u0004')).toMatchObject({ ok: false, message: expect.stringMatching(/not readable JSON/) });
    expect(parsePortableFile('{"hello": 1}')).toMatchObject({ ok: false, message: expect.stringMatching(/not a Corporate Parenting Studio strategy file/) });
    expect(parsePortableFile(JSON.stringify({ ...fileFor(), formatVersion: 2 }))).toMatchObject({ ok: false, message: expect.stringMatching(/newer version.*format 2/) });
    const damaged = parsePortableFile(JSON.stringify({ ...fileFor(), sections: [{ id: 'introduction', doc: 'text', revision: 1 }] }));
    expect(damaged).toMatchObject({ ok: false, message: expect.stringMatching(/damaged/) });
    expect(!damaged.ok && damaged.details?.some((detail) => detail.startsWith('sections.0.doc'))).toBe(true);
  });

  it('refuses a section file with two sections and a section without a base revision', () => {
    expect(parsePortableFile(JSON.stringify({ ...fileFor(), scope: 'section' })).ok).toBe(false);
    expect(parsePortableFile(JSON.stringify({ ...fileFor(), baseRevisions: { introduction: 3 } })).ok).toBe(false);
  });

  it('names files after the title with its own extension', () => {
    expect(portableFileName(draft.title)).toBe('our-promise-2026-2029.cpsdraft');
    expect(portableFileName('  ', 'foreword-young-people')).toBe(`strategy-foreword-young-people${PORTABLE_FILE_EXTENSION}`);
  });

  it('ships a JSON Schema that is the zod schema', () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../shared/cowriting/portable-file.schema.json'), 'utf8')) as Record<string, unknown>;
    const { $id: _id, title: _title, description: _description, ...schema } = shipped;
    expect(schema).toEqual(z.toJSONSchema(portableFileSchema, { io: 'input' }));
  });
});

describe('proposed replacements', () => {
  it('turns an incoming version into replacements of ranges of the current document, with the text before each', () => {
    const current = paragraphDoc('We will listen to young people.', 'We will act.');
    const incoming = paragraphDoc('We will always listen to young people.', 'We will act.');
    expect(proposedReplacements(current, incoming)).toEqual([{ from: 9, to: 9, contextBefore: 'We will ', deleted: '', inserted: 'always ' }]);
    expect(proposedReplacements(current, current)).toEqual([]);
  });
});
