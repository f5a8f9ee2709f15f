import { z } from 'zod';

/**
 * Who wrote the young people's foreword. Young people are named by first
 * name as a rule; anyone named needs a record of who agreed to it (the
 * young person, or a carer for a younger child), when, and who wrote that
 * down, because a named child in care can be traced.
 */

const personName = z.string().trim().min(1, 'is empty').max(100);

export const consentRecordSchema = z.strictObject({
  /** Who gave consent: the young person, or the adult entitled to give it for them. */
  givenBy: z.string().trim().min(1, 'is empty').max(200),
  date: z.iso.date(),
  /** The worker who recorded it, so it can be checked later. */
  recordedBy: z.string().trim().min(1, 'is empty').max(200),
  /** The whole name may be printed, not just the first name. Absent on records made before this was asked: first name only. */
  fullName: z.boolean().optional(),
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

export const contributorSchema = z.strictObject({
  /** As it will be printed, normally a first name only. */
  name: personName,
  consent: consentRecordSchema.nullable(),
});
export type Contributor = z.infer<typeof contributorSchema>;

export const attributionSchema = z
  .strictObject({
    /** e.g. the Children in Care Council; may be blank when only individuals are named. */
    groupName: z.string().trim().max(200),
    contributors: z.array(contributorSchema).max(100),
    /** Month the young people wrote or agreed the foreword ("2026-03"), printed after their names. Absent on older records. */
    writtenIn: z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'is not a month (YYYY-MM)').optional(),
  })
  .superRefine((attribution, ctx) => {
    const seen = new Set<string>();
    attribution.contributors.forEach((contributor, index) => {
      const key = contributor.name.toLocaleLowerCase('en-GB');
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['contributors', index, 'name'], message: `"${contributor.name}" is listed twice` });
      seen.add(key);
    });
  });
export type Attribution = z.infer<typeof attributionSchema>;

export function emptyAttribution(): Attribution {
  return { groupName: '', contributors: [] };
}

/** The names the completeness check may treat as agreed to be published (its `consents` input). */
export function attributionConsents(attribution: Attribution | undefined): { name: string }[] {
  return (attribution?.contributors ?? []).filter((contributor) => contributor.consent !== null).map((contributor) => ({ name: contributor.name }));
}

/** Named contributors with no consent recorded, for a reminder beside the attribution form. */
export function contributorsWithoutConsent(attribution: Attribution | undefined): string[] {
  return (attribution?.contributors ?? []).filter((contributor) => contributor.consent === null).map((contributor) => contributor.name);
}
