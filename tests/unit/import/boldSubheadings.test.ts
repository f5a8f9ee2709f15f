import { describe, expect, it } from 'vitest';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { htmlToBlocks } from '../../../electron/core/import/readers/htmlToBlocks.js';
import { bytesOf, ENGLAND, sectionsByHeading } from './helpers.js';

/**
 * Word documents whose parts have heading styles but whose sub-headings were
 * made by setting a short paragraph in bold: the HTML below is the shape
 * mammoth writes for them. Each case is written here in its own words.
 */

const styled = (html: string) => htmlToBlocks(html, { boldHeadings: false }).blocks.flatMap((block) => (block.kind === 'heading' ? [block.heading] : []));

const body = (text: string) => `<p>${text}</p>`;
const bold = (text: string) => `<p><strong>${text}</strong></p>`;

describe('bold sub-headings among styled headings', () => {
  it('reads short bold labels that open body text as sub-headings one level below the styled heading above', () => {
    const html = [
      '<h1>Support after care</h1>',
      body('Everyone leaving our care is told what help they can ask for.'),
      bold('A worker of your own'),
      body('You keep a named worker until you are at least twenty-one.'),
      bold('Money and jobs'),
      '<ul><li>A grant when you set up your first flat</li><li>Paid training places</li></ul>',
      '<h2>Keeping well</h2>',
      bold('Seeing a doctor'),
      body('Prescriptions are free for you until you turn twenty-five.'),
    ].join('');
    expect(styled(html)).toEqual([
      { text: 'Support after care', level: 1 },
      { text: 'A worker of your own', level: 2 },
      { text: 'Money and jobs', level: 2 },
      { text: 'Keeping well', level: 2 },
      { text: 'Seeing a doctor', level: 3 },
    ]);
  });

  it('leaves one bold line alone: once is emphasis, not the document’s habit', () => {
    const html = ['<h1>Our promise</h1>', bold('Every child matters'), body('We mean this for every child we look after.')].join('');
    expect(styled(html).map((heading) => heading.text)).toEqual(['Our promise']);
  });

  it('does not take bold sentences, bold lead-ins, title-page lines or table titles for sub-headings', () => {
    const html = [
      bold('Northvale Council'),
      body('Draft for consultation'),
      '<h1>How we will work</h1>',
      bold('We will always answer your calls within a day.'),
      body('This applies to social workers and personal advisers alike.'),
      '<p><strong>Note:</strong> the helpline is open at weekends too.</p>',
      bold('Placement moves by age'),
      '<table><tr><td>Under 10</td><td>4%</td></tr></table>',
      bold('Because of what you told'),
      body('the managers changed the rota.'),
      bold('First of two lines'),
      bold('Second of two lines'),
      body('Ordinary text follows here.'),
    ].join('');
    expect(styled(html).map((heading) => heading.text)).toEqual(['How we will work']);
  });

  it('changes nothing in a document without heading styles, where bold lines are already its headings', () => {
    const html = [bold('Who we are'), body('A small borough with a young population.'), bold('What we want'), body('Good homes close to school.')].join('');
    const blocks = htmlToBlocks(html, { boldHeadings: true }).blocks.flatMap((block) => (block.kind === 'heading' ? [block.heading] : []));
    expect(blocks).toEqual([
      { text: 'Who we are', level: 1 },
      { text: 'What we want', level: 1 },
    ]);
  });
});

describe('a pledge chapter whose sub-headings are its themes', () => {
  const lines = [
    '# Why we wrote this',
    'Every part of the council shares the job of raising the children it looks after.',
    '# Our promise to you',
    'These are the promises we make to every child we look after.',
    '## Where you live',
    'A settled home near the people you know.',
    '## Staying well',
    'Check-ups on time and someone to talk to.',
    '## School and college',
    'Help with homework and the kit you need.',
    '## Having a say',
    'Your views written down and acted on.',
    '## Growing up and leaving care',
    'Moving on when you are ready, not before.',
    '## If we break a promise',
    'Tell your worker or the complaints team and we will put it right.',
    '# Measures of success',
    'We report these figures to the Board every quarter.',
  ];

  it('keeps themes that name participation or leaving care inside the pledge when the rest are bare or name the pledge', async () => {
    const found = sectionsByHeading(await proposeImport({ name: 'strategy.md', bytes: bytesOf(lines.join('\n\n')) }, { template: ENGLAND }));
    expect(found['Having a say']).toBe('pledge');
    expect(found['Growing up and leaving care']).toBe('pledge');
    expect(found['If we break a promise']).toBe('pledge');
  });

  it('still lets those headings leave a chapter whose other sub-headings name sections of their own', async () => {
    const mixed = [
      '# A word from the Leader',
      'I am proud of what our foster carers and staff achieve.',
      '# About this strategy',
      'Why we wrote this and who it is for.',
      '## Our vision',
      'Every child safe, loved and heard.',
      '## Having a say',
      'How children and young people shaped this strategy and how they will keep doing so.',
      '## Measuring success',
      'The measures we report to the Board every quarter.',
      '# Our promise to you',
      'What every child can expect from us.',
    ];
    const found = sectionsByHeading(await proposeImport({ name: 'strategy.md', bytes: bytesOf(mixed.join('\n\n')) }, { template: ENGLAND }));
    expect(found['Having a say']).toBe('participation');
  });
});
