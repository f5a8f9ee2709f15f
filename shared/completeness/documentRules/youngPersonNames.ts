import { z } from 'zod';
import { escapeRegExp, sectionWithRole } from '../../template/template.js';
import { findPersonNames, nameKey, type NameMatch } from '../names.js';
import { patterns } from '../rules/params.js';
import { perBlock, type SectionContext, type TextBlock } from '../sectionContext.js';
import { toLocation } from '../text.js';
import type { Finding, TextLocation } from '../types.js';
import { documentRule, MAX_FINDINGS_PER_SECTION, type DocumentRule } from './documentRule.js';

interface NameCandidate {
  name: string;
  location: TextLocation;
}

/**
 * Beyond the foreword, capitalised words are mostly titles ("Pupil
 * Premium", "Statutory Guidance"), so a full name counts as a young
 * person's only where it stands as one: alone in a table cell under a
 * heading about young people ("Celebrating our young people"), or in the
 * text followed at once by words that describe a young person ("Sam
 * Rowe, aged 17", "Sam Rowe, a care leaver"); never with an adult's role
 * near it ("Director", "Councillor", "participation worker"). The pack
 * gives both lists.
 */
export const youngPersonNamesParamsSchema = z.strictObject({
  elsewhere: z.strictObject({ youngPeople: patterns, adults: patterns }).optional(),
  /**
   * Words that make capitalised words a body's name, not a person's
   * ("Vale Voices", "Care Leavers Forum", "Youth Panel"): a name holding
   * one of them is a group young people belong to, which may be named.
   */
  bodies: patterns.optional(),
  /** Words that make capitalised words a place ("Quarry Lane", "Elm Street"): a place is not a person. */
  places: patterns.optional(),
});
export type YoungPersonNamesParams = z.infer<typeof youngPersonNamesParamsSchema>;

/** Characters read around a name for an adult's role: a clause, not the whole paragraph. */
const NEAR_CHARACTERS = 80;
/** What may come between a name and the words describing its bearer: a comma or bracket, and an article (", a care leaver"; not " of looked after children"). */
const APPOSITION = /^\s*[,(–—-]\s*(?:(?:a|an|one of our|our)\s+)?$/i;
const DESCRIPTION_CHARACTERS = 40;
/** A cell holding only a name, perhaps with an age: "Sam Rowe", "Sam Rowe (16)", "Sam Rowe, 16". */
const NAME_ONLY_AFTER = /^\s*(?:,\s*\d{1,2}|\(\d{1,2}\))?\s*$/;

type Placement = { block: TextBlock; heading: string; match: NameMatch };

function namesIn(section: SectionContext, isBody: (name: string) => boolean, isYoungPerson?: (placement: Placement) => boolean): NameCandidate[] {
  // The names are read block by block and kept with each block node; which are young people's depends on the heading above and the pack's body words, so that is asked each time.
  const { values: names } = perBlock(section, findPersonNames, 'person-names', ({ text }) => findPersonNames(text));
  return section.blocks.flatMap((block, blockIndex) => {
    const inBlock = names[blockIndex] ?? [];
    if (inBlock.length === 0 || (block.kind === 'heading' && isYoungPerson)) return [];
    const heading = block.headingIndex === null ? '' : (section.blocks[block.headingIndex]?.text ?? '');
    return inBlock
      .filter((match) => !isBody(match.name) && (!isYoungPerson || isYoungPerson({ block, heading, match })))
      .map((match) => ({ name: match.name, location: toLocation(block.from, match) }));
  });
}

/**
 * A noun phrase in apposition to a name, up to its body word: "Blue
 * Lantern, our care leavers' forum", "Blue Lantern, our group of …",
 * "Blue Lantern, Dunmere's Children in Care Council". It opens with a determiner or a
 * possessive, and the body word must end the phrase, so "Sam Rowe, a
 * Youth Council member" is a person described by a body, not the body.
 */
const APPOSED_WORDS = String.raw`\s*[,(–—-]\s*(?:(?:our|the|a|an|their|its|\p{Lu}[\p{L}-]*['’]s)\s+)(?:[\p{L}'’-]+\s+){0,3}?`;
const PHRASE_END = String.raw`(?=\s*(?:[,.;:)\n]|$)|\s+(?:of|for|which|that|who|and|in|at|is|are|meets?|was|were)\b)`;

/**
 * The capitalised pairs a section shows to be a group's name, not a
 * person's; the check reads every section's so that one telling use
 * settles every other (as does the name being in one of the council's
 * local names, its Children in Care Council's or its Board's, or in its
 * own name on the title page, see `withinOwnNames`): it takes the article ("the
 * Quiet Storm meets", as no child's name does); a body word stands in
 * apposition to it or right after it ("Open Door, our care leavers'
 * forum", "the forum (Open Door)", "the Vale Voices group"); or it is
 * what a group "is called".
 */
function groupCuesIn(text: string, names: ReadonlySet<string>, bodies: readonly RegExp[]): string[] {
  const groups: string[] = [];
  const bodyWord = bodies.map((pattern) => pattern.source).join('|');
  for (const name of names) {
    const key = nameKey(name);
    // Body words and the article in any case; the name itself as written, so "the open door we keep" says nothing of "Open Door".
    const words = String.raw`(?<name>${escapeRegExp(name).replace(/\s+/g, String.raw`\s+`)})(?![\p{L}\p{N}])`;
    const uses = [
      String.raw`\bthe\s+${words}`,
      ...(bodyWord === ''
        ? []
        : [
            String.raw`(?<![\p{L}\p{N}])${words}(?:${APPOSED_WORDS}|\s+)(?:${bodyWord})${PHRASE_END}`,
            String.raw`(?:${bodyWord})['’]?s?\s*[(,–—-]\s*${words}`,
            String.raw`(?:${bodyWord})[^.\n]{0,20}\b(?:is|was|are)\s+(?:called|named|known as)\s+${words}`,
          ]),
    ];
    const asWritten = (match: RegExpMatchArray): boolean => match.groups?.['name']?.replace(/\s+/g, ' ') === name;
    if (uses.some((use) => [...text.matchAll(new RegExp(use, 'giu'))].some(asWritten))) groups.push(key);
  }
  return groups;
}

/** A name within one of the council's own names (a local name, its name on the title page) is that body's. */
function withinOwnNames(name: string, ownNames: readonly string[]): boolean {
  const key = nameKey(name);
  return ownNames.some((own) => own !== '' && ` ${own} `.includes(` ${key} `));
}

/**
 * A child in care named in full in a published strategy can be found by
 * anyone, including people they are kept safe from. First names alone are
 * the usual practice; a full name needs a recorded consent. Every name in
 * the section the pack gives the young people's foreword role is read; with
 * `elsewhere`, so are young people's names anywhere else (tables and
 * appendices included).
 */
export function youngPersonNamesRule(params: YoungPersonNamesParams): DocumentRule {
  const { elsewhere } = params;
  const isBody = (name: string): boolean => [...(params.bodies ?? []), ...(params.places ?? [])].some((pattern) => pattern.test(name));
  const isYoungPerson = elsewhere
    ? ({ block, heading, match }: Placement): boolean => {
        const says = (text: string): boolean => elsewhere.youngPeople.some((pattern) => pattern.test(text));
        const near = block.text.slice(Math.max(0, match.start - NEAR_CHARACTERS), match.end + NEAR_CHARACTERS);
        if (elsewhere.adults.some((pattern) => pattern.test(near))) return false;
        const after = block.text.slice(match.end);
        if (block.kind === 'cell' && block.text.slice(0, match.start).trim() === '' && NAME_ONLY_AFTER.test(after)) return says(heading);
        const description = after.slice(0, DESCRIPTION_CHARACTERS);
        return elsewhere.youngPeople.some((pattern) => {
          const found = pattern.exec(description);
          if (found === null) return false;
          const between = description.slice(0, found.index);
          // "Sam Rowe (16)": an age in brackets needs no comma before it.
          return APPOSITION.test(between) || (between.trim() === '' && found[0].startsWith('('));
        });
      }
    : undefined;
  return documentRule<{ candidates: NameCandidate[]; groups: string[] }>({
    id: 'young-person-named',
    scan(section, { template }) {
      const candidates = sectionWithRole(template, 'young-people-foreword')?.id === section.id ? namesIn(section, isBody) : isYoungPerson ? namesIn(section, isBody, isYoungPerson) : [];
      // Every capitalised pair of the section is read for what shows it a group's, as the name may be a candidate in another section.
      const { values } = perBlock(section, findPersonNames, 'person-names', ({ text }) => findPersonNames(text));
      const pairs = new Set(values.flatMap((matches) => matches.map((match) => match.name)));
      return { candidates, groups: groupCuesIn(section.text, pairs, params.bodies ?? []) };
    },
    combine(scans, { consents, localNames, cover }) {
      const consented = new Set(consents.map((consent) => nameKey(consent.name)));
      const groups = new Set(scans.flatMap(({ scan }) => scan.groups));
      const ownNames = [...Object.values(localNames ?? {}), cover.council].map(nameKey);
      return scans.flatMap(({ section, scan }) =>
        scan.candidates
          .filter((candidate) => !consented.has(nameKey(candidate.name)) && !groups.has(nameKey(candidate.name)) && !withinOwnNames(candidate.name, ownNames))
          .slice(0, MAX_FINDINGS_PER_SECTION)
          .map(
            (candidate): Finding => ({
              severity: 'error',
              section: section.id,
              rule: 'young-person-named',
              message: `"${candidate.name}" looks like a young person's full name, and no consent to publish it is recorded. Use a first name only, or record their consent.`,
              location: candidate.location,
            }),
          ),
      );
    },
  });
}
