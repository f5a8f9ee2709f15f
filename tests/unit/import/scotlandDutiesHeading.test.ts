import { describe, expect, it } from 'vitest';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { shippedTemplate } from '../../fixtures/shippedTemplate.js';
import { bytesOf, sectionsByHeading } from './helpers.js';

/**
 * In a Scottish corporate parenting plan, the part that explains what
 * corporate parenting is sets out the duties the 2014 Act places on
 * corporate parents: it is that section, not the plan's introduction.
 */

async function filed(lines: readonly string[]): Promise<Record<string, string>> {
  return sectionsByHeading(await proposeImport({ name: 'plan.md', bytes: bytesOf(lines.join('\n\n')) }, { template: shippedTemplate('scotland-plan') }));
}

const REST = ['# Our promises to you', 'You will have a say in every plan made about your life.', '# How we will know', 'We will count how many young people stay in their school when they move home.'];

describe('the part explaining corporate parenting in a Scottish plan', () => {
  for (const heading of ['What is corporate parenting?', 'What corporate parenting means']) {
    it(`files "${heading}" as the corporate parenting duties`, async () => {
      const found = await filed(['# About this plan', 'This plan covers the three years from April and was written with care-experienced young people.', `# ${heading}`, 'Every body named in the Act must be alert to the needs of care-experienced young people and act on them.', ...REST]);
      expect(found[heading]).toBe('corporate-parenting-duties');
      expect(found['About this plan']).toBe('introduction');
    });
  }

  it('still files the plan’s own introduction as the introduction', async () => {
    const found = await filed(['# Introduction', 'Why we wrote this plan and who it is for.', ...REST]);
    expect(found['Introduction']).toBe('introduction');
  });
});
