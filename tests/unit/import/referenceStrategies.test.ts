import { describe, expect, it } from 'vitest';
import { referenceNames, scoreReference } from './referenceEvaluation.js';

/**
 * The published strategies beside the checkout, when they are there. The
 * importer has no rules for these documents; the floor is what general rules
 * must reach on real strategies.
 */
const names = referenceNames();
const FLOOR = 0.85;

describe.skipIf(names.length === 0)('published reference strategies', () => {
  for (const name of names) {
    for (const extension of ['docx', 'md', 'txt'] as const) {
      it(`${name}.${extension}: at least ${FLOOR * 100}% of headings go to a right section`, async () => {
        const score = await scoreReference(name, extension);
        expect(score.accuracy, JSON.stringify(score.misses, null, 1)).toBeGreaterThanOrEqual(FLOOR);
      });
    }
  }
});
