import { describe, expect, it } from 'vitest';
import { emptySession, sessionWarnings, type ConsultationSessionInput } from '../../../shared/consultation/consultationLog.js';

const POINT = { youSaid: 'Jordan said the bus pass ran out too soon.', concerns: 'Priority 3', weDid: 'Bus passes now last until 21.', toldOn: '2026-04-10' };

const base: ConsultationSessionInput = {
  heldOn: '2026-03-02',
  group: 'Care leavers’ forum',
  participants: 6,
  consent: { recorded: true, how: 'Verbal, recorded by the youth worker' },
  points: [POINT],
};

describe('consultation session warnings', () => {
  it('has nothing to say about a complete, anonymised session', () => {
    expect(sessionWarnings(base)).toEqual([]);
  });

  it('warns when a quote names a young person in full, and says which point', () => {
    const named = { ...base, points: [POINT, { ...POINT, youSaid: 'Jordan Blake said nobody asked them.' }] };
    expect(sessionWarnings(named)).toEqual([{ point: 1, message: expect.stringContaining('“Jordan Blake” looks like a full name') }]);
  });

  it('asks for consent, a “we did” and the date of telling them', () => {
    const unfinished = { ...base, consent: { recorded: false, how: '' }, points: [{ ...POINT, weDid: '', toldOn: '' as const }, { ...POINT, toldOn: '' as const }] };
    expect(sessionWarnings(unfinished).map((warning) => [warning.point, warning.message.slice(0, 20)])).toEqual([
      [null, 'No consent is record'],
      [0, 'Say what was done ab'],
      [1, 'Give the date the yo'],
    ]);
  });

  it('starts a new session with one empty point on the given day', () => {
    expect(emptySession('2026-01-05')).toMatchObject({ heldOn: '2026-01-05', participants: 1, points: [{ youSaid: '' }] });
  });
});
