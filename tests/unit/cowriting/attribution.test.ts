import { describe, expect, it } from 'vitest';
import { attributionConsents, attributionSchema, contributorsWithoutConsent } from '../../../shared/cowriting/attribution.js';
import { checkDraft } from '../../../shared/completeness/checkDraft.js';
import type { Template } from '../../../shared/template/template.js';
import { paragraphDoc, TEST_TEMPLATE } from '../core/fixtures.js';

const consent = { givenBy: 'Jay Smith', date: '2026-03-01', recordedBy: 'Sam Worker' };

describe('foreword attribution', () => {
  it('gives the completeness check the names with a consent record, and lists the others', () => {
    const attribution = attributionSchema.parse({
      groupName: ' Children in Care Council ',
      contributors: [
        { name: 'Jay Smith', consent },
        { name: 'Ali', consent: null },
      ],
    });
    expect(attribution.groupName).toBe('Children in Care Council');
    expect(attributionConsents(attribution)).toEqual([{ name: 'Jay Smith' }]);
    expect(contributorsWithoutConsent(attribution)).toEqual(['Ali']);
    expect(attributionConsents(undefined)).toEqual([]);
  });

  it('refuses a name listed twice, a blank name and a consent without who recorded it', () => {
    expect(attributionSchema.safeParse({ groupName: '', contributors: [{ name: 'Ali', consent: null }, { name: 'ali', consent: null }] }).success).toBe(false);
    expect(attributionSchema.safeParse({ groupName: '', contributors: [{ name: '  ', consent: null }] }).success).toBe(false);
    expect(attributionSchema.safeParse({ groupName: '', contributors: [{ name: 'Ali', consent: { ...consent, recordedBy: '' } }] }).success).toBe(false);
  });

  it('lets the completeness check accept a full name that has a consent record', () => {
    const template: Template = {
      ...TEST_TEMPLATE,
      sections: [
        ...TEST_TEMPLATE.sections,
        { ...(TEST_TEMPLATE.sections[1] as Template['sections'][number]), id: 'foreword-young-people', title: 'Foreword by young people', roles: ['young-people-foreword'], starter: undefined },
      ],
    };
    const input = {
      cover: { council: '', title: '', periodStart: null, periodEnd: null, date: '', version: '', owner: '', approvingBody: '' },
      sections: [{ id: 'foreword-young-people', doc: paragraphDoc('Jay Smith helped us write this with the rest of the council.') }],
    };
    const named = (consents: { name: string }[]) => checkDraft({ ...input, consents }, template).findings.filter((finding) => finding.rule === 'young-person-named');
    expect(named([])).toHaveLength(1);
    const attribution = attributionSchema.parse({ groupName: '', contributors: [{ name: 'Jay Smith', consent }] });
    expect(named(attributionConsents(attribution))).toEqual([]);
  });
});
