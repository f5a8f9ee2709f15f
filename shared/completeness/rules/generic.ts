import { z } from 'zod';
import { escapeRegExp, SECTION_ROLES, sectionWithRole } from '../../template/template.js';
import { readabilityOfSection } from '../readability.js';
import { countWords, DATE_PATTERN } from '../text.js';
import type { TextLocation } from '../types.js';
import { proseFigures, type ProseFigure } from '../documentRules/undatedFigures.js';
import { findFirst, perBlock, type SectionContext } from '../sectionContext.js';
import { findTogether, firstUnit, mentions, units, type TextUnit } from './mentions.js';
import { elementId, fillIn, message, pattern, patterns, severity } from './params.js';
import { sectionRule, type ElementCheck } from './sectionRule.js';
import { describeRows } from './structuredTable.js';

/**
 * Rules whose words all come from the pack: most of what a section must
 * contain is "it says X", and X is data a policy expert can correct. The
 * phrasings a pack gives are deliberately broad: councils word the same duty
 * in many ways, and a false "missing" is worse for a writer than a missed one.
 */

const withSeverity = <Check extends ElementCheck>(check: Check, level: z.infer<typeof severity> | undefined): Check => (level === undefined ? check : { ...check, severity: level });

/** The council's own name for a slot, as whole words. */
export function localNamePattern(name: string | undefined): RegExp | undefined {
  const trimmed = name?.trim() ?? '';
  if (trimmed === '') return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(trimmed).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/** The council's own name for a slot, found as whole words wherever it is written. */
function mentionsLocalName(context: SectionContext, name: string | undefined): boolean {
  return localNamePattern(name)?.test(context.text) ?? false;
}

/** A capitalised name of up to four words, as a group's own name is written ("Blue Lantern", "Open Door 18+"). */
const CAPITALISED_NAME = String.raw`(?<name>(?:[\p{L}\p{N}'’+-]+\s+){0,3}[\p{L}\p{N}'’+-]+)`;
/** Between a name and the body it is said to be: "X, our …", "X is Dunmere's …", "X – the …". */
const DEFINED_AS = String.raw`(?:\s*[,(–—-]\s*|\s+(?:is|are)\s+)(?:(?:our|the|a|an|its|their|[\p{L}-]+['’]s)\s+)?(?:[\p{L}'’-]+\s+){0,3}?`;
const CALLED = String.raw`(?:\s*[(,–—-]\s*|[^.\n]{0,20}?\s+(?:is|was|are)\s+(?:called|named|known as)\s+)`;

/** The trailing words of a match that are capitalised (or a number, "18+"): "are the Blue Lantern" is "Blue Lantern". */
function capitalisedTail(words: string): string {
  const all = words.trim().split(/\s+/);
  let start = all.length;
  while (start > 0 && /^[\p{Lu}\p{N}]/u.test(all[start - 1] ?? '')) start -= 1;
  // A name starts with a capital, not a number.
  while (start < all.length && !/^\p{Lu}/u.test(all[start] ?? '')) start += 1;
  return all.slice(start).join(' ');
}

/** A name as written, capitals and all, so "Far Shore" is not "the far shore". */
const asWrittenPattern = (name: string): RegExp => new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name).replace(/\s+/g, String.raw`\s+`)}(?![\p{L}\p{N}])`, 'u');

function locate(context: SectionContext, pattern: RegExp): TextLocation | undefined {
  for (const block of context.blocks) {
    const match = pattern.exec(block.text);
    if (match) return { from: block.from + match.index, to: block.from + match.index + match[0].length };
  }
  return undefined;
}

/**
 * The names a section gives a body described by the phrasings ("Blue
 * Lantern, our children in care council", "our care leavers' group is
 * called Far Shore", "the forum (Open Door)"): a council's own name for a
 * local-name slot, read from the strategy when the officer has not filled
 * it in.
 */
function namesDefinedIn(context: SectionContext, phrasings: readonly RegExp[]): string[] {
  let byPhrasings = namesDefined.get(context);
  if (!byPhrasings) {
    byPhrasings = new WeakMap();
    namesDefined.set(context, byPhrasings);
  }
  let names = byPhrasings.get(phrasings);
  if (!names) {
    names = readNamesDefined(context, phrasings);
    byPhrasings.set(phrasings, names);
  }
  return names;
}

/** The names a section gives, kept while its context lives: another section's check asks for them on every check of its own. */
const namesDefined = new WeakMap<SectionContext, WeakMap<readonly RegExp[], string[]>>();

/**
 * The two ways of naming a body, "X, our …" and "… called X", built once
 * per rule use's phrasings, with the phrasings alone: neither way matches a
 * text in which no phrasing does, and the phrasings are far cheaper to look
 * for than a name of up to four words before or after them.
 */
interface Definitions {
  body: RegExp;
  ways: RegExp[];
}

const definitionPatterns = new WeakMap<readonly RegExp[], Definitions>();

function definitionsFor(phrasings: readonly RegExp[]): Definitions {
  let definitions = definitionPatterns.get(phrasings);
  if (!definitions) {
    const body = `(?:${phrasings.map((pattern) => pattern.source).join('|')})`;
    definitions = { body: new RegExp(body, 'iu'), ways: [new RegExp(`${CAPITALISED_NAME}${DEFINED_AS}${body}`, 'giu'), new RegExp(`${body}${CALLED}${CAPITALISED_NAME}`, 'giu')] };
    definitionPatterns.set(phrasings, definitions);
  }
  return definitions;
}

/**
 * A block after the first is read as the section's joined text has it,
 * after a line break; the NUL stands for the end of the block before, so
 * that a phrasing's `^` (the section's start) is not met there. A one-byte
 * character, as a wider one makes the text two-byte and every pattern
 * several times slower on it.
 */
const AFTER_BLOCK = '\u0000\n';

/** The names given in a text, one list per way of naming; undefined when there are none. `exec` on the one global pattern, not `matchAll`, which copies the pattern on every call. */
function namesGivenIn(text: string, { body, ways }: Definitions): string[][] | undefined {
  if (!body.test(text)) return undefined;
  let found: string[][] | undefined;
  ways.forEach((way, which) => {
    way.lastIndex = 0;
    for (let match = way.exec(text); match !== null; match = way.exec(text)) {
      if (match[0].length === 0) way.lastIndex += 1;
      found ??= ways.map(() => []);
      found[which]?.push(capitalisedTail(match.groups?.['name'] ?? ''));
    }
  });
  return found;
}

/**
 * Read block by block, each block's names kept with its node (see
 * `perBlock`), so that a keystroke in a long section reads one block again,
 * not the section. A name is not run from one block into the next.
 */
function readNamesDefined(context: SectionContext, phrasings: readonly RegExp[]): string[] {
  const definitions = definitionsFor(phrasings);
  const { values, firstFound } = perBlock(context, phrasings, 'names-defined', ({ text }) => namesGivenIn(`${AFTER_BLOCK}${text}`, definitions));
  const first = context.blocks[0] === undefined ? undefined : namesGivenIn(context.blocks[0].text, definitions);
  const names = definitions.ways.flatMap((_, which) => {
    const given = [...(first?.[which] ?? [])];
    for (let index = Math.max(firstFound, 1); firstFound >= 0 && index < values.length; index += 1) given.push(...(values[index]?.[which] ?? []));
    return given;
  });
  return [...new Set(names)].filter((name) => /\s/.test(name) && !phrasings.some((pattern) => pattern.test(name)));
}

/**
 * `acrossDocument: true` in a rule use: the element counts as present when
 * another section says it (see `acrossDocument.ts`). For what a strategy
 * may put anywhere (a figure, a partner's role); not for what belongs to the
 * section itself (who signed a foreword, a quorum in the terms of reference).
 */
const acrossDocument = z.boolean().optional();

const searchAcross = (enabled: boolean | undefined, search: NonNullable<ElementCheck['acrossDocument']>): Pick<ElementCheck, 'acrossDocument'> => (enabled === true ? { acrossDocument: search } : {});

/**
 * Passes when the section uses any of the phrasings (or, with `orLocalName`,
 * the council's own name for that slot). With `alsoIn`, the sections of those
 * roles count too: strategies often put a detail (who chairs the Board) in
 * the place a reader looks for it (the terms of reference), and reporting it
 * missing there would be wrong.
 */
export const mentionsRule = sectionRule({
  kind: 'section',
  id: 'mentions',
  summary:
    "Passes when the section uses any of the phrasings in anyOf (regular expressions, case-insensitive), or with orLocalName the council's own name for that local-name slot; with alsoIn, a section of one of those roles saying it counts as well.",
  params: z.strictObject({
    element: elementId,
    anyOf: patterns,
    message,
    severity: severity.optional(),
    orLocalName: z.string().min(1).optional(),
    alsoIn: z.array(z.enum(SECTION_ROLES)).min(1).optional(),
    acrossDocument,
    /**
     * With acrossDocument: another section counts only where one sentence
     * (or row) also matches each of these, as naming a role holder elsewhere
     * ("the Portfolio Holder is a member") is not describing their role
     * ("the Cabinet Member has the lead political role").
     */
    acrossDocumentWith: patterns.optional(),
  }),
  readsRoles: (params) => params.alsoIn ?? [],
  elements: (params) => [params.element],
  check(context, env, params) {
    const saysIt = (candidate: SectionContext): boolean => mentions(candidate, ...params.anyOf) || (params.orLocalName !== undefined && mentionsLocalName(candidate, env.localNames[params.orLocalName]));
    const elsewhere = (params.alsoIn ?? []).flatMap((role) => {
      const other = sectionWithRole(env.template, role);
      const otherContext = other && other.id !== context.id ? env.section(other.id) : undefined;
      return otherContext ? [otherContext] : [];
    });
    const passed = saysIt(context) || elsewhere.some(saysIt);
    const localName = params.orLocalName === undefined ? undefined : localNamePattern(env.localNames[params.orLocalName]);
    const lookFor = localName ? [...params.anyOf, localName] : params.anyOf;
    const describing = params.acrossDocumentWith;
    const search = describing === undefined ? (other: SectionContext) => findFirst(other, lookFor) : (other: SectionContext) => lookFor.map((pattern) => findTogether(other, [pattern, ...describing])).find((unit) => unit !== undefined);
    // With no local name filled in, the strategy's own: this section describes the body by the name another section gives it.
    const byDefinedName = (other: SectionContext): TextLocation | undefined => {
      const named = namesDefinedIn(other, params.anyOf)
        .map(asWrittenPattern)
        .find((name) => name.test(context.text));
      return named === undefined ? undefined : locate(other, named);
    };
    const definedName = params.orLocalName !== undefined && localName === undefined ? { acrossDocument: params.acrossDocument === true ? (other: SectionContext) => search(other) ?? byDefinedName(other) : byDefinedName } : {};
    return [withSeverity({ element: params.element, passed, message: params.message, ...searchAcross(params.acrossDocument, search), ...definedName }, params.severity)];
  },
});

/** Passes when one sentence (or table row, read with its header) matches every one of the patterns. */
export const mentionsTogetherRule = sectionRule({
  kind: 'section',
  id: 'mentions-together',
  summary: 'Passes when one sentence (or table row, read with its header) matches every pattern in allOf.',
  params: z.strictObject({ element: elementId, allOf: patterns, message, severity: severity.optional(), acrossDocument }),
  elements: (params) => [params.element],
  check(context, _env, params) {
    return [
      withSeverity(
        { element: params.element, passed: findTogether(context, params.allOf) !== undefined, message: params.message, ...searchAcross(params.acrossDocument, (other) => findTogether(other, params.allOf)) },
        params.severity,
      ),
    ];
  },
});

/** At most this many words, a sentence is a run-in label for the next. */
const LABEL_WORDS = 3;

/**
 * A thing said with what makes it adequate, in the same sentence or table
 * row: a quorum that includes an elected member, say. Not said at all,
 * the check fails with `message`; said without the qualification, it
 * fails with `unqualified`, pointing at where it is said.
 */
export const qualifiedMentionRule = sectionRule({
  kind: 'section',
  id: 'qualified-mention',
  summary: 'Passes when a sentence (or table row) matching one of subject also matches one of requires; message when subject is never said, unqualified (pointing at it) when it is said without what requires.',
  params: z.strictObject({ element: elementId, subject: patterns, requires: patterns, message, unqualified: message, severity: severity.optional() }),
  elements: (params) => [params.element],
  check(context, _env, params) {
    const said = units(context).filter((unit) => params.subject.some((pattern) => pattern.test(unit.text)));
    const first = said[0];
    if (!first) return [withSeverity({ element: params.element, passed: false, message: params.message }, params.severity)];
    const all = units(context);
    // A run-in label ("Quorum." or a "Quorum" sub-heading), or a line broken before its sentence ends (text pasted from a PDF), is said with what follows it.
    const withFollowing = (unit: TextUnit): string => (countWords(unit.text) <= LABEL_WORDS || !/[.!?;:]["'\u2019\u201d)]*\s*$/.test(unit.text) ? `${unit.text} ${all[all.indexOf(unit) + 1]?.text ?? ''}` : unit.text);
    const qualified = said.some((unit) => params.requires.some((pattern) => pattern.test(withFollowing(unit))));
    return [withSeverity({ element: params.element, passed: qualified, message: params.unqualified, location: { from: first.from, to: first.to } }, params.severity)];
  },
});

/** Passes when a pattern occurs at least `atLeast` times ("names at least two related plans"). */
export const mentionsCountRule = sectionRule({
  kind: 'section',
  id: 'mentions-count',
  summary: 'Passes when pattern occurs at least atLeast times; {count} in the message is the number found.',
  params: z.strictObject({ element: elementId, pattern, atLeast: z.number().int().positive(), message, severity: severity.optional() }),
  elements: (params) => [params.element],
  check(context, _env, params) {
    const global = new RegExp(params.pattern.source, `${params.pattern.flags}g`);
    const count = context.text.match(global)?.length ?? 0;
    return [withSeverity({ element: params.element, passed: count >= params.atLeast, message: fillIn(params.message, { count }) }, params.severity)];
  },
});

/** Passes while the section is at most `words` long; `{words}` in the message is its length. */
export const wordLimitRule = sectionRule({
  kind: 'section',
  id: 'word-limit',
  summary: 'Passes while the section is at most words long; {words} in the message is its length.',
  params: z.strictObject({ element: elementId, words: z.number().int().positive(), message, severity: severity.optional() }),
  elements: (params) => [params.element],
  check(context, _env, params) {
    const words = countWords(context.text);
    return [withSeverity({ element: params.element, passed: words <= params.words, message: fillIn(params.message, { words }) }, params.severity)];
  },
});

const NUMBER = /(?<![\p{L}\p{N}])\d[\d,]*(?:\.\d+)?(?![\p{L}])/u;
/** Dates are numbers too; they are taken out before looking for the figure itself. */
const DATES = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:19|20)\d{2}(?:[/-]\d{2,4})?\b/gi;

/**
 * What a figure in running text is about, as its reader knows it: its
 * sentence, its paragraph, the heading it sits under ("Educational
 * outcomes") and, for a list item, the line that introduces the list ("Of
 * our 315 care leavers:").
 */
function topicOf(context: SectionContext, figure: ProseFigure): string {
  const block = context.blocks[figure.blockIndex];
  if (!block) return figure.sentence.text;
  const heading = block.headingIndex === null ? '' : (context.blocks[block.headingIndex]?.text ?? '');
  let first = figure.blockIndex;
  while (block.kind === 'list-item' && context.blocks[first - 1]?.kind === 'list-item') first -= 1;
  const leadIn = block.kind === 'list-item' ? (context.blocks[first - 1]?.text ?? '') : '';
  return `${block.text}\n${heading}\n${leadIn}`;
}

/**
 * A number about a subject that says when it was true: in one table row
 * (read with its header), or a statistic of the running text dated as the
 * undated-figure rule reads dates (its sentence, the sentence before, a
 * dated heading or caption over the passage) whose topic is the subject.
 */
function datedFigure(context: SectionContext, subject: RegExp[]): TextLocation | undefined {
  const about = (text: string): boolean => subject.some((candidate) => candidate.test(text));
  const inRow = firstUnit(context, subject, 'dated-figure', (text) => about(text) && DATE_PATTERN.test(text) && NUMBER.test(text.replace(DATES, ' ')));
  if (inRow) return inRow;
  return proseFigures(context).find((figure) => figure.dated && about(topicOf(context, figure)))?.location;
}

/** Passes when some sentence gives a figure about the subject together with the date it was true. */
export const datedFigureRule = sectionRule({
  kind: 'section',
  id: 'dated-figure',
  summary: 'Passes when a sentence (or table row) gives a figure about the subject together with the date it was true.',
  params: z.strictObject({ element: elementId, subject: patterns, message, severity: severity.optional(), acrossDocument }),
  elements: (params) => [params.element],
  check(context, _env, params) {
    return [
      withSeverity(
        { element: params.element, passed: datedFigure(context, params.subject) !== undefined, message: params.message, ...searchAcross(params.acrossDocument, (other) => datedFigure(other, params.subject)) },
        params.severity,
      ),
    ];
  },
});

/**
 * Reading age (Flesch-Kincaid) as advice, and with a `ceiling` a scored check
 * that points at the longest sentence when the text reads above it.
 */
export const readingAgeRule = sectionRule({
  kind: 'section',
  id: 'reading-age',
  summary: 'Reports the reading age as advice; with a ceiling, also a scored check (element, default plain-language) that points at the longest sentence.',
  params: z.strictObject({ ceiling: z.number().int().min(5).max(25).optional(), element: elementId.default('plain-language'), note: message.optional() }),
  elements: (params) => (params.ceiling === undefined ? ['reading-age'] : [params.element, 'reading-age']),
  check(context, _env, params) {
    const readability = readabilityOfSection(context, params.ceiling);
    const checks: ElementCheck[] = [];
    if (params.ceiling !== undefined) {
      const longest = readability.longestSentences[0];
      checks.push({
        element: params.element,
        passed: readability.words === 0 || readability.readingAge <= params.ceiling,
        message: `The reading age is about ${readability.readingAge}; aim for ${params.ceiling} or below. Use shorter sentences and everyday words.`,
        ...(longest ? { location: { from: longest.from, to: longest.to } } : {}),
      });
    }
    const ceiling = params.ceiling === undefined ? '.' : `; suggested ceiling ${params.ceiling}.`;
    checks.push({
      element: 'reading-age',
      passed: false,
      severity: 'info',
      message: `Reading age about ${readability.readingAge} (Flesch-Kincaid grade ${readability.grade})${ceiling}${params.note === undefined ? '' : ` ${params.note}`}`,
    });
    return checks;
  },
});

const columnSchema = z.strictObject({ name: message, header: patterns });

/**
 * A table with the named columns, found by its header cells (any table of
 * the section; the one with most of the columns), and every row filled in
 * under them. Reports `<element>` for the table and `<element>-rows` for
 * rows with gaps.
 */
export const tableColumnsRule = sectionRule({
  kind: 'section',
  id: 'table-columns',
  summary: 'Asks for a table whose header has every column (each found by its header patterns) and rows filled in under them; reports <element> and <element>-rows.',
  params: z.strictObject({ element: elementId, columns: z.array(columnSchema).min(1), message, severity: severity.optional() }),
  elements: (params) => [params.element, `${params.element}-rows`],
  check(context, _env, params) {
    const candidates = context.tables.map((table) => {
      const header = table.rows[0] ?? [];
      const found = params.columns.map((column) => header.findIndex((cell) => column.header.some((candidate) => candidate.test(cell.text))));
      return { table, found, matched: found.filter((index) => index >= 0).length };
    });
    const best = candidates.reduce<(typeof candidates)[number] | undefined>((chosen, candidate) => (chosen === undefined || candidate.matched > chosen.matched ? candidate : chosen), undefined);
    if (!best || best.matched === 0) return [withSeverity({ element: params.element, passed: false, message: params.message }, params.severity)];
    const missing = params.columns.filter((_column, index) => (best.found[index] ?? -1) < 0).map((column) => column.name);
    const rows = best.table.rows.slice(1).filter((row) => row.some((cell) => cell.text.trim() !== ''));
    const gaps = rows.flatMap((row, index) => (best.found.some((column) => column >= 0 && (row[column]?.text.trim() ?? '') === '') ? [index] : []));
    const firstGap = gaps[0] === undefined ? undefined : rows[gaps[0]];
    const filled = params.columns.filter((_column, index) => (best.found[index] ?? -1) >= 0).map((column) => column.name.toLowerCase());
    return [
      withSeverity(
        {
          element: params.element,
          passed: missing.length === 0 && rows.length > 0,
          message: missing.length > 0 ? `${params.message} The table is missing the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}.` : `${params.message} Add at least one row to the table.`,
          location: best.table.location,
        },
        params.severity,
      ),
      withSeverity(
        {
          element: `${params.element}-rows`,
          passed: gaps.length === 0,
          message: `Fill in the ${filled.join(', ')} in ${describeRows(gaps)} of the table.`,
          ...(firstGap?.[0] ? { location: { from: firstGap[0].from, to: firstGap[firstGap.length - 1]?.to ?? firstGap[0].to } } : {}),
        },
        params.severity,
      ),
    ];
  },
});

export const GENERIC_RULES = [mentionsRule, mentionsTogetherRule, qualifiedMentionRule, mentionsCountRule, wordLimitRule, datedFigureRule, readingAgeRule, tableColumnsRule] as const;
