import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Template } from '../../../shared/template/template.js';
import { englandRules, TEST_LAW } from '../../fixtures/englandChecks.js';
import { EMPTY_PACK_PARTS } from '../../fixtures/packParts.js';

/** A small template of our own, so these tests do not depend on the shipped one. */
export const TEST_TEMPLATE: Template = {
  id: 'test-strategy',
  name: 'Test strategy',
  description: 'A short template used by the storage and CLI tests.',
  nation: 'England',
  version: 1,
  ...EMPTY_PACK_PARTS,
  localNames: [{ id: 'children-in-care-council', label: 'Children in Care Council', examples: ['Our Voice'] }],
  // Checked as an England strategy is, so that check and export tests see real findings.
  rules: englandRules(['cover', 'introduction', 'measures', 'glossary']),
  law: TEST_LAW,
  sections: [
    {
      id: 'cover',
      title: 'Title page',
      status: 'required',
      kind: 'cover',
      appendix: false,
      roles: [],
      guidance: { summary: 'Who wrote it and when.', include: ['The council'], goodLooksLike: ['Complete fields'], questions: ['Who approves it?'] },
    },
    {
      id: 'introduction',
      title: 'Introduction',
      status: 'required',
      kind: 'text',
      appendix: false,
      roles: [],
      guidance: { summary: 'What the strategy is for.', include: ['The duty'], goodLooksLike: ['Plain words'], questions: ['Who is it for?'] },
      starter: 'Explain **why** this strategy matters.',
    },
    {
      id: 'measures',
      title: 'Measures of success',
      status: 'required',
      kind: 'text',
      appendix: false,
      roles: [],
      guidance: { summary: 'How progress is measured.', include: ['A table'], goodLooksLike: ['Targets with dates'], questions: ['Who owns each one?'] },
      starter: '| Indicator | Target |\n| --- | --- |\n| Care leavers in work | 60% |\n',
    },
    {
      id: 'glossary',
      title: 'Glossary',
      status: 'recommended',
      kind: 'text',
      appendix: true,
      roles: [],
      guidance: { summary: 'Terms explained.', include: ['Acronyms'], goodLooksLike: ['Each term once'], questions: ['Which acronyms are used?'] },
    },
  ],
};

export function tempDir(prefix = 'cps-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A templates folder holding just the test template. */
export function testTemplatesDir(): string {
  const dir = tempDir('cps-templates-');
  fs.writeFileSync(path.join(dir, `${TEST_TEMPLATE.id}.json`), JSON.stringify(TEST_TEMPLATE, null, 2));
  return dir;
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Every row of every table, read through a separate connection, to prove a failed call wrote nothing. */
export function snapshot(databasePath: string): string {
  const db = new BetterSqlite3(databasePath, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}

export function paragraphDoc(...paragraphs: string[]) {
  return { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}
