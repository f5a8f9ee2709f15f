import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli.js';
import type { PortableDraft } from '../../../electron/core/portableDraft.js';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { frontMatterLines } from '../../../electron/core/import/cover/frontMatter.js';
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

  it('reads Markdown front matter: owner, date, version and approving body, and the period from a subtitle', async () => {
    const markdown = [
      '---',
      'title: "Thornbury Vale District Council"',
      'subtitle: "Corporate Parenting Strategy 2027 to 2030: Safe, Settled and Heard"',
      'author: Head of Children in Care',
      'version: 3.2',
      'date: 2027-02-04',
      'approved_by: Cabinet',
      'keywords:',
      '  - corporate parenting',
      '---',
      '',
      `# ${CHAPTER[0]}`,
      '',
      CHAPTER[1],
    ].join('\n');
    const proposal = await proposeImport({ name: 'thornbury.md', bytes: bytesOf(markdown) }, { template: ENGLAND });
    expect(proposal.cover).toMatchObject({ council: 'Thornbury Vale District Council', title: 'Corporate Parenting Strategy', periodStart: 2027, periodEnd: 2030, owner: 'Head of Children in Care', version: '3.2', date: '2027-02-04', approvingBody: 'Cabinet' });
    expect(proposal.parts.map((part) => part.heading?.text)).toEqual([CHAPTER[0]]);
  });

  it('turns front matter into labelled lines, leaving lists, maps and comments alone', () => {
    expect(frontMatterLines(['author: "Jo Bloggs"', 'approved-by: Full Council # at its March meeting', 'tags: [a, b]', 'contacts:', '  email: x@y.z', '# a comment', 'description: >'].join('\n'))).toEqual([
      'Owner: Jo Bloggs',
      'Approved by: Full Council',
    ]);
  });

  it('reads a title block under a first heading that holds every chapter, however the title is worded', async () => {
    const markdown = [
      '# Every Child Belongs Here',
      'Thornbury Vale District Council',
      'Corporate parenting strategy 2027 to 2030',
      'Version 2.1',
      'March 2027',
      'Approved by Cabinet',
      '## Introduction',
      CHAPTER[1],
      '## Our pledge',
      'We will find every child a home close to their school.',
    ].join('\n\n');
    const proposal = await proposeImport({ name: 'thornbury.md', bytes: bytesOf(markdown) }, { template: ENGLAND });
    expect(proposal.cover).toMatchObject({ title: 'Corporate parenting strategy', periodStart: 2027, periodEnd: 2030, version: '2.1', approvingBody: 'Cabinet' });
    // A month alone is not a date: the field stays for the officer.
    expect(proposal.cover).not.toHaveProperty('date');
    expect(proposal.parts.find((part) => part.heading?.text === 'Introduction')?.section).toBe('introduction');
  });

  it('reads a subtitle set as a deeper heading as part of the title page, not as the first chapter', async () => {
    const markdown = [
      '# Thornbury Vale District Council',
      '## Corporate Parenting Strategy 2027 to 2030',
      '### Keeping our promises together',
      'Owner: Head of Children in Care',
      'Draft 3, January 2027',
      '## Introduction',
      CHAPTER[1],
      '## Our pledge',
      'We will find every child a home close to their school.',
    ].join('\n\n');
    const cover = await propose('thornbury.md', bytesOf(markdown));
    expect(cover).toMatchObject({ owner: 'Head of Children in Care', version: 'Draft 3' });
  });

  it('reads a Word title page in Title and Subtitle styles with a table of labels and values', async () => {
    const row = (label: string, value: string) => new TableRow({ children: [new TableCell({ children: [new Paragraph(label)] }), new TableCell({ children: [new Paragraph(value)] })] });
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Thornbury Vale District Council', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Corporate Parenting Strategy 2027–2030', style: 'Subtitle' }),
            new Table({ rows: [row('Document owner', 'Assistant Director, Children Looked After'), row('Version', '4.0'), row('Approved by', 'Full Council'), row('Date approved', '3 March 2027')] }),
            new Paragraph({ text: CHAPTER[0], heading: HeadingLevel.HEADING_1 }),
            new Paragraph(CHAPTER[1] ?? ''),
          ],
        },
      ],
    });
    const cover = await propose('thornbury.docx', new Uint8Array(await Packer.toBuffer(document)));
    expect(cover).toMatchObject({ council: 'Thornbury Vale District Council', periodStart: 2027, periodEnd: 2030, owner: 'Assistant Director, Children Looked After', version: '4.0', approvingBody: 'Full Council', date: '2027-03-03' });
  });

  it('reads where a version is going, a directorate as its owner, and keeps a body’s own "and" in its name', () => {
    expect(readTitlePageDetails(['People and Communities Directorate', 'Version 1.1 – for Cabinet, 2 June 2027'])).toEqual({ owner: 'People and Communities Directorate', version: '1.1', approvingBody: 'Cabinet', date: '2027-06-02' });
    expect(readTitlePageDetails(['Approved by the Health and Wellbeing Board, 5 May 2027'])).toMatchObject({ approvingBody: 'Health and Wellbeing Board' });
    expect(readTitlePageDetails(['Endorsed by Cabinet and approved by Full Council'])).toMatchObject({ approvingBody: 'Full Council' });
    expect(readTitlePageDetails(['Written for children and young people'])).toEqual({});
    expect(readTitlePageDetails(['Jo Bloggs, Director of Family Services'])).toEqual({});
  });

  it('keeps front matter details in the stored draft’s cover after import', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-front-matter-'));
    const file = path.join(dataDir, 'thornbury.md');
    fs.writeFileSync(file, ['---', 'title: Corporate Parenting Strategy 2027 to 2030', 'owner: Head of Children in Care', 'version: "1.0"', 'approved by: Full Council', '---', '', `# ${CHAPTER[0]}`, '', CHAPTER[1]].join('\n'));
    const out: string[] = [];
    const run = (...argv: string[]) => runCli([...argv, '--data-dir', dataDir, '--templates-dir', TEMPLATES_DIR], { stdout: (text) => out.push(text), stderr: () => {} });
    expect(await run('import', file, '--json')).toBe(0);
    const { draftId } = JSON.parse(out.join('\n')) as { draftId: string };
    out.length = 0;
    expect(await run('show', draftId)).toBe(0);
    const draft = JSON.parse(out.join('\n')) as PortableDraft;
    expect(draft.cover).toMatchObject({ title: 'Corporate Parenting Strategy', periodStart: 2027, periodEnd: 2030, owner: 'Head of Children in Care', version: '1.0', approvingBody: 'Full Council' });
  });

  it('leaves out title-page lines the cover now holds in full, and keeps any that say more', async () => {
    const text = ['Thornbury Vale District Council', 'Corporate Parenting Strategy', '2027 to 2030', 'Version 2.1', 'Approved by Cabinet', 'Written with the young people of the Children in Care Council', '1. Introduction', CHAPTER[1]].join('\n\n');
    const proposal = await proposeImport({ name: 'thornbury.txt', bytes: bytesOf(text) }, { template: ENGLAND });
    expect(proposal.cover).toMatchObject({ council: 'Thornbury Vale District Council', version: '2.1', approvingBody: 'Cabinet' });
    const kept = proposal.parts.flatMap((part) => [part.heading?.text ?? '', ...part.blocks.map((block) => JSON.stringify(block))]);
    expect(kept.some((block) => block.includes('Written with the young people'))).toBe(true);
    expect(kept.some((block) => block.includes('Version 2.1') || block.includes('Approved by Cabinet'))).toBe(false);
  });

  it('reads the council from front matter that names the organisation', async () => {
    const markdown = ['---', 'title: Corporate Parenting Strategy 2027 to 2030', 'organisation: Thornbury Vale District Council', '---', '', `## ${CHAPTER[0]}`, '', CHAPTER[1]].join('\n');
    expect(await propose('thornbury.md', bytesOf(markdown))).toMatchObject({ council: 'Thornbury Vale District Council', periodStart: 2027 });
  });
});
