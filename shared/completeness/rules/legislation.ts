import { z } from 'zod';
import { findFirst } from '../sectionContext.js';
import { compile } from './params.js';
import { sectionRule, type ElementCheck } from './sectionRule.js';

/**
 * The instruments a section must cite, by their ids in the pack's law
 * library (`law.json`), each found by its `recognisedBy` patterns. The
 * element of each is the instrument's id.
 */
const patternCache = new Map<string, RegExp>();
function compiled(source: string): RegExp {
  let pattern = patternCache.get(source);
  if (!pattern) {
    pattern = compile(source);
    patternCache.set(source, pattern);
  }
  return pattern;
}

export const citesInstrumentsRule = sectionRule({
  kind: 'section',
  id: 'cites-instruments',
  summary: 'Asks for a citation of each instrument, by its id in law.json, found by the instrument\'s recognisedBy patterns; each element is the instrument\'s id.',
  params: z.strictObject({ instruments: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be an instrument id from law.json')).min(1) }),
  elements: (params) => params.instruments,
  check(context, { template }, params) {
    return params.instruments.map((id): ElementCheck => {
      const instrument = template.law.instruments.find((candidate) => candidate.id === id);
      if (!instrument) return { element: id, passed: false, severity: 'info', message: `The template asks for "${id}" to be cited, but its law library (law.json) has no such instrument, so this could not be checked.` };
      // Where it is cited, so a law section left unwritten can say where the law is set out instead (see acrossDocument.ts).
      const cited = findFirst(context, instrument.recognisedBy.map(compiled));
      return { element: id, passed: cited !== undefined, message: `Cite the ${instrument.title.replace(/^the\s+/i, '')}, with its year.`, ...(cited ? { location: cited } : {}) };
    });
  },
});
