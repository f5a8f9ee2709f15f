import type { Template } from '../template/template.js';
import { createIncrementalChecker } from './incremental.js';
import type { CheckInput, CheckOptions, CompletenessReport } from './types.js';

/**
 * Checks a whole draft against its template. Pure: the same draft and
 * template always give the same report. It is an incremental checker used
 * once, so the one-off and the live check cannot drift apart.
 */
export function checkDraft(input: CheckInput, template: Template, options: CheckOptions = {}): CompletenessReport {
  return createIncrementalChecker(template, options).update(input);
}
