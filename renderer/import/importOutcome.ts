import type { DraftImportOutcome, ImportedCoverField } from '../../shared/import/types.js';

/**
 * What an import into the open draft did, in one note for the officer:
 * "Imported into this draft: replaced the text of Introduction; added to
 * Glossary; kept as they were: Vision. Glossary was approved and now needs
 * review again. Filled on the title page: owner, version. Saved 1 name for
 * the checks; you can change it on the library screen. Each section’s
 * earlier text is in its History."
 */
export function describeImportOutcome(outcome: DraftImportOutcome, titleOf: (sectionId: string) => string, coverLabelOf: (field: ImportedCoverField) => string = (field) => field): string {
  const list = (ids: readonly string[]) => ids.map(titleOf).join(', ');
  const clauses: string[] = [];
  if (outcome.replaced.length > 0) clauses.push(`replaced the text of ${list(outcome.replaced)}`);
  if (outcome.appended.length > 0) clauses.push(`added to ${list(outcome.appended)}`);
  if (outcome.kept.length > 0) clauses.push(`kept as they were: ${list(outcome.kept)}`);
  const sentences = [`Imported into this draft: ${clauses.join('; ')}.`];
  const reset = outcome.reviewReset.length;
  if (reset > 0) sentences.push(`${list(outcome.reviewReset)} ${reset === 1 ? 'was approved and now needs' : 'were approved and now need'} review again.`);
  if (outcome.coverFilled !== undefined && outcome.coverFilled.length > 0) {
    sentences.push(`Filled on the title page: ${outcome.coverFilled.map((field) => coverLabelOf(field).toLowerCase()).join(', ')}.`);
  }
  const names = outcome.namesSaved?.length ?? 0;
  if (names > 0) sentences.push(`Saved ${names === 1 ? '1 name' : `${names} names`} for the checks; you can change ${names === 1 ? 'it' : 'them'} on the library screen.`);
  sentences.push('Each section’s earlier text is in its History.');
  return sentences.join(' ');
}
