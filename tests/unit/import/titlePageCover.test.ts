import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli.js';
import type { PortableDraft } from '../../../electron/core/portableDraft.js';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { readTitlePageDetails } from '../../../electron/core/import/cover/titlePageDetails.js';
import { bytesOf, ENGLAND } from './helpers.js';

const TEMPLATES_DIR = path.resolve(__dirname, '../../../templates');

/** A made-up council's title page as labelled lines, then its first chapter. */
const LABELLED_LINES = [
  'Thornbury Vale District Council',
  'Corporate Parenting Strategy 2027 – 2030',
  'Lead officer: Head of Children in Care',
  'Adopted by: Full Council, 4 February 2027',
  'Version: 3.2',
  'Next review date: 1 February 2029',
];

const CHAPTER = ['Introduction', 'This strategy says how the council looks after the children in its care and the young people who have left it.'];

async function propose(name: string, bytes: Uint8Array) {
  return (await proposeImport({ name, bytes }, { template: ENGLAND })).cover;
}

describe('the cover read from the title page', () => {
  it('reads labelled lines in plain text, ignoring the review date', async () => {
    const cover = await propose('thornbury.txt', bytesOf([...LABELLED_LINES, '', '1. Introduction', '', CHAPTER[1]].join('\n')));
    expect(cover).toMatchObject({ council: 'Thornbury Vale District Council', periodStart: 2027, periodEnd: 2030, owner: 'Head of Children in Care', approvingBody: 'Full Council', version: '3.2', date: '2027-02-04' });
  });

  it('reads sentences on a Markdown title page, preferring the body that adopts over one that only agrees', async () => {
    const markdown = [
      '**Corporate Parenting Strategy 2027 to 2031**',
      '',
      'Agreed by the Corporate Parenting Panel on 2 March 2027 and adopted by Full Council on 20 April 2027. Owned by the Director of Family Services. Version 1.4.',
      '',
      `# ${CHAPTER[0]}`,
      '',
      CHAPTER[1],
    ].join('\n');
    expect(await propose('thornbury.md', bytesOf(markdown))).toMatchObject({ owner: 'Director of Family Services', approvingBody: 'Full Council', version: '1.4', date: '2027-04-20' });
  });

  it('reads a Word title page, dating the version by its own line', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Corporate Parenting Strategy 2027–2030', heading: HeadingLevel.TITLE }),
            new Paragraph('Version 2.0, final, 12 January 2027'),
            new Paragraph('Owner: Assistant Director, Children Looked After'),
            new Paragraph('For approval by Full Council on 3 March 2027'),
            new Paragraph({ text: CHAPTER[0], heading: HeadingLevel.HEADING_1 }),
            new Paragraph(CHAPTER[1] ?? ''),
          ],
        },
      ],
    });
    const cover = await propose('thornbury.docx', new Uint8Array(await Packer.toBuffer(document)));
    expect(cover).toMatchObject({ owner: 'Assistant Director, Children Looked After', approvingBody: 'Full Council', version: '2.0', date: '2027-01-12' });
  });

  it('leaves blank what the title page does not state, and reads nothing from the chapters', async () => {
    const text = ['Corporate Parenting Strategy 2027 – 2030', '', '1. Introduction', '', 'The strategy was approved by Full Council on 4 February 2027. Version 5 follows.'].join('\n');
    const cover = await propose('plain.txt', bytesOf(text));
    expect(cover).not.toHaveProperty('owner');
    expect(cover).not.toHaveProperty('approvingBody');
    expect(cover).not.toHaveProperty('version');
    expect(cover).not.toHaveProperty('date');
  });

  it('refuses impossible dates and a month without a day', () => {
    expect(readTitlePageDetails(['Date: 31 February 2027'])).toEqual({});
    expect(readTitlePageDetails(['Approved by Cabinet in March 2027'])).toEqual({ approvingBody: 'Cabinet' });
    expect(readTitlePageDetails(['Dated: 05/11/2026'])).toEqual({ date: '2026-11-05' });
  });

  it('is kept in the stored draft’s cover after import', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-title-page-'));
    const file = path.join(dataDir, 'thornbury.txt');
    fs.writeFileSync(file, [...LABELLED_LINES, '', '1. Introduction', '', CHAPTER[1]].join('\n'));
    const out: string[] = [];
    const run = (...argv: string[]) => runCli([...argv, '--data-dir', dataDir, '--templates-dir', TEMPLATES_DIR], { stdout: (text) => out.push(text), stderr: () => {} });
    expect(await run('import', file, '--json')).toBe(0);
    const { draftId } = JSON.parse(out.join('\n')) as { draftId: string };
    out.length = 0;
    expect(await run('show', draftId)).toBe(0);
    const draft = JSON.parse(out.join('\n')) as PortableDraft;
    expect(draft.cover).toMatchObject({ owner: 'Head of Children in Care', approvingBody: 'Full Council', version: '3.2', date: '2027-02-04' });
  });
});
