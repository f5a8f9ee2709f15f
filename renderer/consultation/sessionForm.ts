import { consultationSessionInputSchema, sessionWarnings, type ConsultationPoint, type ConsultationSessionInput, type SessionWarning } from '../../shared/consultation/consultationLog.js';

/** The session form as typed: the number of people stays text until it is saved, so a half-typed number is not lost. */
export interface SessionValues {
  heldOn: string;
  group: string;
  participants: string;
  consentRecorded: boolean;
  consentHow: string;
  points: (ConsultationPoint & { key: number })[];
}

let nextKey = 1;

export function pointValues(point: ConsultationPoint): SessionValues['points'][number] {
  return { ...point, key: nextKey++ };
}

export function sessionToValues(session: ConsultationSessionInput): SessionValues {
  return {
    heldOn: session.heldOn,
    group: session.group,
    participants: String(session.participants),
    consentRecorded: session.consent.recorded,
    consentHow: session.consent.how,
    points: session.points.map(pointValues),
  };
}

const FIELD_NAMES: Record<string, string> = {
  heldOn: 'The date of the session',
  group: 'The group',
  participants: 'How many took part',
  youSaid: 'What they said',
  toldOn: 'When we told them',
};

/** The session to save, or the reasons it cannot be saved yet, in words for the form. */
export function valuesToSession(values: SessionValues): { ok: true; session: ConsultationSessionInput } | { ok: false; problems: string[] } {
  const participants = /^\s*\d+\s*$/.test(values.participants) ? Number(values.participants) : Number.NaN;
  const candidate = {
    heldOn: values.heldOn,
    group: values.group,
    participants,
    consent: { recorded: values.consentRecorded, how: values.consentHow },
    // A point left wholly empty is a row the officer added and did not use.
    points: values.points
      .filter((point) => [point.youSaid, point.concerns, point.weDid, point.toldOn].some((field) => field.trim() !== ''))
      .map(({ youSaid, concerns, weDid, toldOn }) => ({ youSaid, concerns, weDid, toldOn })),
  };
  const parsed = consultationSessionInputSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, session: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const field = String(issue.path[issue.path.length - 1] ?? '');
    const point = issue.path[0] === 'points' && typeof issue.path[1] === 'number' ? ` (point ${issue.path[1] + 1})` : '';
    if (field === 'participants') return 'How many took part must be a whole number, 1 or more.';
    return `${FIELD_NAMES[field] ?? field}${point} ${issue.message}.`;
  });
  return { ok: false, problems: [...new Set(problems)] };
}

/** The warnings about each point as it is typed (a full name in a quote, a "you said" with no "we did"), before anything is saved. */
export function pointWarnings(values: SessionValues): SessionWarning[] {
  const session = { heldOn: values.heldOn, group: values.group, participants: 1, consent: { recorded: true, how: '' }, points: values.points };
  return sessionWarnings(session).filter((warning) => warning.point !== null);
}
