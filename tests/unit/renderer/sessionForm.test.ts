import { describe, expect, it } from 'vitest';
import { emptySession } from '../../../shared/consultation/consultationLog.js';
import { sessionToValues, valuesToSession } from '../../../renderer/consultation/sessionForm.js';

describe('the consultation session form', () => {
  it('turns what was typed into a session, leaving out points nobody filled in', () => {
    const values = { ...sessionToValues(emptySession('2026-02-14')), group: ' Children in Care Council ', participants: '9' };
    values.points = [...values.points, { key: 99, youSaid: 'More say in reviews.', concerns: 'Priority 1', weDid: '', toldOn: '' }];
    expect(valuesToSession(values)).toEqual({
      ok: true,
      session: {
        heldOn: '2026-02-14',
        group: 'Children in Care Council',
        participants: 9,
        consent: { recorded: false, how: '' },
        points: [{ youSaid: 'More say in reviews.', concerns: 'Priority 1', weDid: '', toldOn: '' }],
      },
    });
  });

  it('says what is wrong in words, and keeps what was typed', () => {
    const values = { ...sessionToValues(emptySession('')), participants: 'nine' };
    values.points = [{ key: 1, youSaid: '', concerns: 'Priority 2', weDid: '', toldOn: '' }];
    const result = valuesToSession(values);
    expect(result).toEqual({
      ok: false,
      problems: ['The date of the session must be a date written YYYY-MM-DD.', 'The group is needed.', 'How many took part must be a whole number, 1 or more.', 'What they said (point 1) is needed.'],
    });
    expect(values.participants).toBe('nine');
  });
});
