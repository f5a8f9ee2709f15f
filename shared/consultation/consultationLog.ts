import { z } from 'zod';
import { findPersonNames } from '../completeness/names.js';

/**
 * The consultation log of a strategy: each session held with children and
 * young people, what they said, and what the council did about it ("you
 * said, we did"), with the date they were told. It feeds the annual report.
 * Quotes are meant to be anonymised; a quote that reads like a full name is
 * flagged with the same name finder the foreword's check uses.
 */

const isoDate = z.iso.date('must be a date written YYYY-MM-DD');
const line = z.string().trim().max(300);
const words = z.string().trim().max(4000);

/** One thing young people said in a session, and the council's answer. */
export const consultationPointSchema = z.strictObject({
  /** What they said: an anonymised quote or a summary in their words. */
  youSaid: z.string().trim().min(1, 'is needed').max(4000),
  /** The pledge or priority it is about, in the strategy's own words ("Priority 2: a home close to school"). */
  concerns: line,
  /** What the council did; blank until it has done something. */
  weDid: words,
  /** When the young people were (or will be) told what was done. */
  toldOn: z.union([z.literal(''), isoDate]),
});
export type ConsultationPoint = z.infer<typeof consultationPointSchema>;

/** How consent to record and use what was said was gathered. */
export const consentSchema = z.strictObject({
  recorded: z.boolean(),
  /** "Written consent forms kept by the participation team", "Verbal, recorded by the youth worker". */
  how: line,
});

export const consultationSessionInputSchema = z.strictObject({
  heldOn: isoDate,
  /** The group met: "Children in Care Council", "Care leavers' forum", "Year 6 pupils at a drop-in". */
  group: z.string().trim().min(1, 'is needed').max(300),
  participants: z.number().int().min(1, 'must be at least 1').max(100_000),
  consent: consentSchema,
  points: z.array(consultationPointSchema).max(200),
});
export type ConsultationSessionInput = z.infer<typeof consultationSessionInputSchema>;

export interface ConsultationSession extends ConsultationSessionInput {
  id: string;
  /** Bumped on every change, so an edit made in two windows is refused rather than lost. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** A session with nothing filled in but the date, for a new entry in the form. */
export function emptySession(heldOn: string): ConsultationSessionInput {
  return { heldOn, group: '', participants: 1, consent: { recorded: false, how: '' }, points: [emptyPoint()] };
}

export function emptyPoint(): ConsultationPoint {
  return { youSaid: '', concerns: '', weDid: '', toldOn: '' };
}

/** What a session still lacks before its "you said, we did" can go back to the young people. */
export interface SessionWarning {
  /** The point it is about, or null for the session as a whole. */
  point: number | null;
  message: string;
}

export function sessionWarnings(session: ConsultationSessionInput): SessionWarning[] {
  const warnings: SessionWarning[] = [];
  if (!session.consent.recorded) warnings.push({ point: null, message: 'No consent is recorded for this session yet. Record how consent was given before using what was said.' });
  session.points.forEach((point, index) => {
    for (const name of findPersonNames(point.youSaid)) {
      warnings.push({ point: index, message: `“${name.name}” looks like a full name. Quotes are published: use a first name only, or leave the name out.` });
    }
    if (point.youSaid.trim() !== '' && point.weDid.trim() === '') warnings.push({ point: index, message: 'Say what was done about this (“we did”), or what will be done.' });
    if (point.weDid.trim() !== '' && point.toldOn === '') warnings.push({ point: index, message: 'Give the date the young people were, or will be, told what was done.' });
  });
  return warnings;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-02-14" → "14 February 2026", as British readers write a day; anything else is returned as it is. */
export function formatDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}
