import { describe, expect, it } from 'vitest';
import { readabilityOfText } from '../../../shared/completeness/readability.js';
import { attributionToValues, checkAttribution, missingConsent, newContributor } from '../../../renderer/workshop/attributionForm.js';
import { readingAgeMessage } from '../../../renderer/workshop/workshopText.js';

const person = (name: string, givenBy = '', date = '', recordedBy = '') => ({ ...newContributor(), name, givenBy, date, recordedBy });

describe('attribution form', () => {
  it('saves a named contributor with a complete consent record, and one without any', () => {
    const checked = checkAttribution({ writtenIn: '', groupName: ' Children in Care Council ', contributors: [person('Aisha', 'Aisha', '2025-03-01', 'Jo Smith'), person('Ben'), person('')] });
    expect(checked).toEqual({
      ok: true,
      attribution: {
        groupName: 'Children in Care Council',
        contributors: [
          { name: 'Aisha', consent: { givenBy: 'Aisha', date: '2025-03-01', recordedBy: 'Jo Smith' } },
          { name: 'Ben', consent: null },
        ],
      },
    });
  });

  it('holds a half-finished consent record, naming whose it is', () => {
    expect(checkAttribution({ writtenIn: '', groupName: '', contributors: [person('Ben', 'Ben')] })).toEqual({ ok: false, reason: 'the consent record for Ben is not finished' });
    expect(checkAttribution({ writtenIn: '', groupName: '', contributors: [person('', 'Someone')] })).toEqual({ ok: false, reason: 'a consent record has no name beside it' });
  });

  it('refuses the same name twice and a date that is not a date', () => {
    const twice = checkAttribution({ writtenIn: '', groupName: '', contributors: [person('Ben'), person('ben')] });
    expect(twice.ok).toBe(false);
    expect(twice.ok ? '' : twice.reason).toContain('listed twice');
    expect(checkAttribution({ writtenIn: '', groupName: '', contributors: [person('Ben', 'Ben', '2025-13-45', 'Jo')] }).ok).toBe(false);
  });

  it('lists named people with no consent recorded, and round-trips stored attribution', () => {
    const values = attributionToValues({ groupName: 'G', contributors: [{ name: 'Ben', consent: null }, { name: 'Aisha', consent: { givenBy: 'Aisha', date: '2025-03-01', recordedBy: 'Jo' } }] });
    expect(missingConsent(values)).toEqual(['Ben']);
    const checked = checkAttribution(values);
    expect(checked.ok && checked.attribution.contributors[1]?.consent?.recordedBy).toBe('Jo');
  });
});

describe('reading age wording', () => {
  it('waits for enough words before judging', () => {
    expect(readingAgeMessage(readabilityOfText('We want to be heard.')).level).toBe('waiting');
  });

  it('calls short plain sentences easy, and long complicated ones harder, without scores jargon', () => {
    const easy = readingAgeMessage(readabilityOfText('We want to be heard. We want the same chances as other kids. Ask us what we think. Then do something about it. Keep your word.'));
    expect(easy.level).toBe('easy');
    const hard = readingAgeMessage(
      readabilityOfText(
        'Notwithstanding considerable organisational transformation, the implementation of comprehensive multi-agency safeguarding arrangements necessitates substantially enhanced interdisciplinary collaboration, accountability mechanisms and sustained strategic investment across every constituent partnership organisation.',
      ),
    );
    expect(hard.level).toBe('harder');
    for (const message of [easy, hard]) expect(message.text).not.toMatch(/grade|score|Flesch|readability/i);
  });
});

describe('the attribution form and what is printed', () => {
  it('keeps the agreement to a full name with the consent record, and the month written', () => {
    const values = { writtenIn: '2026-03', groupName: 'Our Voice', contributors: [{ ...person('Amira Khan', 'Amira', '2026-03-02', 'Jo'), fullName: true }, person('Kai Brown')] };
    const checked = checkAttribution(values);
    expect(checked).toEqual({
      ok: true,
      attribution: {
        groupName: 'Our Voice',
        writtenIn: '2026-03',
        contributors: [
          { name: 'Amira Khan', consent: { givenBy: 'Amira', date: '2026-03-02', recordedBy: 'Jo', fullName: true } },
          { name: 'Kai Brown', consent: null },
        ],
      },
    });
    expect(checked.ok && attributionToValues(checked.attribution)).toMatchObject({ writtenIn: '2026-03', contributors: [{ fullName: true }, { fullName: false }] });
    expect(checkAttribution({ ...values, writtenIn: '2026-13' }).ok).toBe(false);
  });
});
