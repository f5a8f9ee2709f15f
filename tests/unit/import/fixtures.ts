import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/**
 * Strategies written for these tests (a made-up council, our own words), in
 * the three formats the importer reads. Their headings are worded unlike any
 * published strategy on purpose: the classifier must work from general rules.
 */

const heading = (text: string, level: 1 | 2 = 1) => new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const bullet = (...runs: TextRun[]) => new Paragraph({ children: runs, bullet: { level: 0 } });
const cell = (text: string) => new TableCell({ children: [para(text)] });

/** Heading text → the section it must go to. */
export const DOCX_EXPECTED: Record<string, string> = {
  'Foreword from the Lead Member': 'foreword-leadership',
  Introduction: 'introduction',
  'Our Ambition for Every Child': 'vision',
  'Northfield in Numbers': 'local-context',
  'What We Promise You': 'pledge',
  'Who Does What': 'roles',
  Councillors: 'roles',
  'Foster carers': 'roles',
  'Hearing Your Voice': 'participation',
  'The Law Behind This Strategy': 'legislation',
  'Measuring Progress': 'measures',
  'Appendix A: Board Terms of Reference': 'board-tor',
  Quorum: 'board-tor',
  'Closing Remarks': 'unsorted',
};

export async function buildFixtureDocx(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Corporate Parenting Strategy 2021–2024', heading: HeadingLevel.TITLE }),
          para('Northfield Borough Council'),
          heading('Foreword from the Lead Member'),
          para('I am proud to put my name to this plan. Councillor Jo Patel, Lead Member for Children, speaking for Northfield Borough Council.'),
          heading('Introduction'),
          para('A child becomes looked after when the council cares for them under a court order or by agreement with their parents. The council as a whole becomes their corporate parent, and this strategy sets out how we act on that duty.'),
          heading('Our Ambition for Every Child'),
          para('Our vision is simple: we ask of every decision whether it would be good enough for my own child.'),
          heading('Northfield in Numbers'),
          para('As at 31 March 2021, 212 children were looked after, a rate of 58 per 10,000, close to our statistical neighbours.'),
          new Table({
            rows: [
              new TableRow({ children: [cell('Measure'), cell('Northfield'), cell('England')] }),
              new TableRow({ children: [cell('Rate per 10,000'), cell('58'), cell('67')] }),
              new TableRow({ children: [cell('Care leavers in work or study'), cell('61%'), cell('55%')] }),
            ],
          }),
          heading('What We Promise You'),
          bullet(new TextRun('We will '), new TextRun({ text: 'always', bold: true }), new TextRun(' tell you who your social worker is.')),
          bullet(new TextRun('We will help you keep in touch with the people who '), new TextRun({ text: 'matter', italics: true }), new TextRun(' to you.')),
          bullet(new TextRun('We will find you a home where you feel safe.')),
          heading('Who Does What'),
          para('Everyone who works for the council has a part to play.'),
          heading('Councillors', 2),
          para('All elected members should ask about the children in our care at every committee they sit on.'),
          heading('Foster carers', 2),
          para('Foster carers should be treated as partners and included in planning meetings.'),
          heading('Hearing Your Voice'),
          para('The Children in Care Council meets every month and its views are taken to the board.'),
          heading('The Law Behind This Strategy'),
          new Paragraph({
            children: [
              new TextRun('The duties come from the Children Act 1989 and the Children and Social Work Act 2017; read the '),
              new ExternalHyperlink({ link: 'https://www.legislation.gov.uk/ukpga/2017/16', children: [new TextRun({ text: 'Act online', style: 'Hyperlink' })] }),
              new TextRun('.'),
            ],
          }),
          heading('Measuring Progress'),
          para('Each indicator has a baseline and a target, and performance is reported each quarter.'),
          heading('Appendix A: Board Terms of Reference'),
          para('The board meets quarterly. Membership includes councillors, officers and two young people.'),
          heading('Quorum', 2),
          para('The board is quorate when four members, including the chair or vice-chair, are present.'),
          heading('Closing Remarks'),
          para('Thank you to everyone who helped to write this.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

export const MARKDOWN_FIXTURE = `---
title: "Eastmere City Council — Corporate Parenting Strategy 2022-25"
---

# Welcome from our young people

We, as the children in care of Eastmere, wrote this page ourselves. We want adults to listen.

# About This Strategy

This document sets out what being a corporate parent means for every part of the council.

## Who is a care leaver?

A young person who was looked after and has now left care.

# Our Pledge

- We will answer your calls within a day.
- We will **celebrate** your achievements.
- We will help you find *work or training*.

# Corporate Parenting Panel

The panel is chaired by the Lead Member and reports to Cabinet. See [the panel page](https://example.org/panel).

| Member | Role |
| --- | --- |
| Lead Member | Chair |
| Director | Officer |

# Glossary

LAC – looked after children

IRO – independent reviewing officer
`;

export const MARKDOWN_EXPECTED: Record<string, string> = {
  'Welcome from our young people': 'foreword-young-people',
  'About This Strategy': 'introduction',
  'Who is a care leaver?': 'introduction',
  'Our Pledge': 'pledge',
  'Corporate Parenting Panel': 'governance',
  Glossary: 'glossary',
};

export const TEXT_FIXTURE = `HILLCROFT COUNTY COUNCIL

Corporate Parenting Strategy 2020-23

1. Message from the Director

I am delighted to share our plan with you, on behalf of the Director of Children's Services and everyone at Hillcroft County Council.

2. What corporate parenting means

When a child comes into our care the whole council becomes their corporate parent, together with our partners in health and education.

3. Our Values

We believe every child in our care deserves the ambition any good parent would have for their own child.

3.1 Education

We want every child to do well at school and beyond.

4. Priorities for the next three years

1) Stable homes close to friends and school
2) Better mental health support
3) More apprenticeships for care leavers

5. Keeping track of how we are doing

Progress against each priority is monitored by the board, which receives an annual report every autumn, and the strategy will be reviewed in 2023.

Appendix 1 – Relevant Legislation

The Children Act 1989, the Children (Leaving Care) Act 2000, the Children and Families Act 2014 and the Children and Social Work Act 2017 set out our duties. See www.legislation.gov.uk for the text.

APPENDIX B: CONTACT US

Email the corporate parenting team at cp.team@example.org or call 01234 567 890.
`;

export const TEXT_EXPECTED: Record<string, string> = {
  '1. Message from the Director': 'foreword-leadership',
  '2. What corporate parenting means': 'introduction',
  '3. Our Values': 'vision',
  '3.1 Education': 'vision',
  '4. Priorities for the next three years': 'priorities',
  '5. Keeping track of how we are doing': 'monitoring',
  'Appendix 1 – Relevant Legislation': 'legislation',
  'APPENDIX B: CONTACT US': 'contact',
};
