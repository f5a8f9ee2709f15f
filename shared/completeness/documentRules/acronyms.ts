import { sectionWithRole, type Terminology } from '../../template/template.js';
import { findAll, type SectionContext } from '../sectionContext.js';
import type { Span } from '../text.js';
import type { Finding, TextLocation } from '../types.js';
import { documentRule, type DocumentSetting } from './documentRule.js';
import { isQuoted, quotedSpans } from './quotations.js';

/**
 * Every acronym is spelt out where it is first used ("personal education plan
 * (PEP)" or "PEP (personal education plan)") or in the glossary. Young people
 * and councillors read these strategies, and the sector's alphabet soup is
 * the first thing both complain about. The sector's acronyms and the ones
 * every reader knows come from the pack's terminology.
 */

/** What the pack's terminology says about acronyms, read once per pack. */
interface KnownAcronyms {
  /** Acronym as written (CiCC, DfE, IRO) → its meaning, to suggest in the message. */
  meanings: ReadonlyMap<string, string>;
  /** Upper-cased acronyms every reader knows (NHS, GCSE, UK), never asked to be spelt out. */
  universal: ReadonlySet<string>;
}

const knownByTerminology = new WeakMap<Terminology, KnownAcronyms>();

function knownAcronyms(terminology: Terminology): KnownAcronyms {
  let known = knownByTerminology.get(terminology);
  if (!known) {
    known = {
      meanings: new Map(terminology.acronyms.map((entry) => [entry.short, entry.long])),
      universal: new Set(terminology.universallyKnown.map((short) => short.toUpperCase())),
    };
    knownByTerminology.set(terminology, known);
  }
  return known;
}

/** Known to every reader, in the singular or as a plural written in capitals (GPS, MPS). */
function isUniversal(upper: string, known: KnownAcronyms): boolean {
  return known.universal.has(upper) || (upper.endsWith('S') && known.universal.has(upper.slice(0, -1)));
}

/** Capitalised ordinary words (shouting, headings in capitals), not acronyms. */
const ORDINARY = new Set(['WE', 'I', 'A', 'AN', 'AND', 'THE', 'OUR', 'YOU', 'YOUR', 'TO', 'OF', 'IN', 'IS', 'BE', 'ON', 'AT', 'BY', 'OR', 'NO', 'SO', 'DO', 'GO', 'UP', 'MY', 'ME', 'AS', 'IF', 'US', 'ALL', 'FOR', 'WILL', 'NOT', 'CARE', 'YES', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII']);

/** A capital with another capital or digit among its next two characters: LAC, CiCC, DfE, SSDA903, NEETs (ordinary words never match, which keeps the scan fast). */
const TOKEN = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}?[\p{Lu}\p{N}][\p{L}\p{N}]{0,8}(?![\p{L}\p{N}])/gu;

/** The acronym a token is, if it is one a reader may need spelt out; a known one written like a word (DfE) counts. */
function acronymOf(token: string, known: KnownAcronyms): string | undefined {
  const singular = /^[\p{Lu}\p{N}]{2,}s$/u.test(token) ? token.slice(0, -1) : token;
  const capitals = singular.match(/\p{Lu}/gu)?.length ?? 0;
  if (capitals < 2 || /\p{Ll}{2}/u.test(singular) || (/^\p{Lu}\p{Ll}/u.test(singular) && capitals < 3 && !known.meanings.has(singular))) return undefined;
  // Digits alone are numbers; X repeated (XX, XXX) is a placeholder, which the placeholder rule reports.
  if (/^\d+$/.test(singular) || /^X+$/.test(singular)) return undefined;
  const upper = singular.toUpperCase();
  if (ORDINARY.has(upper) || isUniversal(upper, known)) return undefined;
  return singular;
}

interface Occurrence {
  acronym: string;
  location: TextLocation;
}

interface AcronymScan {
  /** Uses that are not definitions, first use of each acronym only, in text order. */
  uses: Occurrence[];
  /** Acronym → editor position of its first definition in the section (-1: defined by the glossary). */
  definitions: Map<string, number>;
}

function scanSection(section: SectionContext, { template }: DocumentSetting): AcronymScan {
  const uses: Occurrence[] = [];
  const used = new Set<string>();
  const definitions = new Map<string, number>();
  const glossary = sectionWithRole(template, 'glossary')?.id === section.id;
  const known = knownAcronyms(template.terminology);
  const shouted = new Map<number, boolean>();
  const quotations = new Map<number, Span[]>();
  for (const { match, location, blockIndex } of findAll(section, TOKEN)) {
    const acronym = acronymOf(match[0], known);
    const block = section.blocks[blockIndex];
    if (!acronym || !block) continue;
    if (!shouted.has(blockIndex)) shouted.set(blockIndex, isShouted(block.text) || (block.kind === 'heading' && isCapitalised(block.text)));
    if (shouted.get(blockIndex) === true) continue;
    const start = location.from - block.from;
    if (inCapitalisedRun(block.text, start, start + match[0].length, known)) continue;
    // A glossary defines whatever it lists, wherever in the document it sits.
    if (glossary) {
      if (!definitions.has(acronym)) definitions.set(acronym, -1);
    } else if (isDefinedHere(block.text, start, start + match[0].length)) {
      if (!definitions.has(acronym)) definitions.set(acronym, location.from);
    } else if (!used.has(acronym) && !isQuotedIn(quotations, blockIndex, block.text, start, start + match[0].length)) {
      used.add(acronym);
      uses.push({ acronym, location });
    }
  }
  return { uses, definitions };
}

/** Someone's own words, quoted, are printed as they were said, acronyms and all. */
function isQuotedIn(quotations: Map<number, Span[]>, blockIndex: number, text: string, start: number, end: number): boolean {
  let spans = quotations.get(blockIndex);
  if (!spans) {
    spans = quotedSpans(text);
    quotations.set(blockIndex, spans);
  }
  return isQuoted(spans, start, end);
}

/** A line written in capitals ("OUR PROMISE TO YOU") is emphasis, not a string of acronyms. */
function isShouted(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 3 && words.filter((word) => word === word.toUpperCase()).length / words.length >= 0.6;
}

/**
 * A heading in capitals ("VIRTUAL SCHOOL", "FOREWORD") is a house style: its
 * words are ordinary words set in capitals, however few there are. Any
 * acronym in it is used again in the text below, where it is checked.
 */
function isCapitalised(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** A word in capitals, its neighbours separated only by numbers, punctuation and single letters ("TABLE 2: KEY MEASURES", "HAS A ROLE"). */
const CAPITALISED_WORD = /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u;

/**
 * A heading or caption in capitals that a PDF ran into the paragraph after it
 * ("PART 6 – EVERYONE HAS A ROLE All councillors…") is still a heading: a run
 * of words in capitals is emphasis when one of them is a word longer than
 * acronyms run and the pack does not know, and the run has three words or two
 * the pack does not know ("ELECTED MEMBERS", but not "NHS CAMHS", which names
 * a service, nor a table's row labels "ABC LAC 2017 ABC LAC", short acronyms
 * side by side).
 */
function inCapitalisedRun(text: string, start: number, end: number, known: KnownAcronyms): boolean {
  const wordsIn = (part: string): string[] => part.split(/[^\p{L}\p{N}]+/u).filter((word) => /\p{L}/u.test(word) && word.length >= 2);
  const before = wordsIn(text.slice(Math.max(0, start - 80), start));
  const after = wordsIn(text.slice(end, end + 80));
  const run = [text.slice(start, end)];
  // The word cut by the 80-character window is left out: it may be only part of a word.
  for (let index = before.length - 1; index >= (start > 80 ? 1 : 0) && CAPITALISED_WORD.test(before[index] ?? ''); index--) run.push(before[index] ?? '');
  for (let index = 0; index < after.length - (end + 80 < text.length ? 1 : 0) && CAPITALISED_WORD.test(after[index] ?? ''); index++) run.push(after[index] ?? '');
  const knownAcronym = (word: string): boolean => known.meanings.has(word) || isUniversal(word.toUpperCase(), known);
  // Words have vowels; a five-letter acronym (CSSIW, CAMHS) mostly has one.
  const longWord = run.some((word) => !knownAcronym(word) && (word.match(/\p{L}/gu)?.length ?? 0) >= 5 && (word.match(/[AEIOU]/g)?.length ?? 0) >= 2);
  return longWord && (run.length >= 3 || !run.some(knownAcronym));
}

/** "Full Name (ACR)", "Full Name (ACR Cymru)" (with a nation's or place's name after it), "ACR (full name)", "ACR stands for / means …". */
function isDefinedHere(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 80);
  const inBrackets = /\(\s*$/.test(before) && /^\s*['’]?s?(?:\s+\p{Lu}\p{Ll}+)?\)/u.test(after) && /\p{L}{3,}/u.test(text.slice(Math.max(0, start - 60), start));
  const expandedAfter = /^\s*\(\s*[\p{L}'’-]+(?:\s+[\p{L}'’,-]+)+\s*\)/u.test(after);
  const explained = /^\s*(?:stands for|means|is short for|is an abbreviation for|[–—:-]\s+\p{L})/u.test(after) && start === text.search(/\S/);
  return inBrackets || expandedAfter || explained;
}

/** Document order: sections in template order, then positions within a section. */
const ORDER_STRIDE = 1e9;

export const acronymsRule = documentRule<AcronymScan>({
  id: 'acronym',
  scan: scanSection,
  combine(scans, { template }) {
    const definitions = new Map<string, number>();
    scans.forEach(({ scan }, index) => {
      for (const [acronym, position] of scan.definitions) {
        const order = position < 0 ? -1 : index * ORDER_STRIDE + position;
        const known = definitions.get(acronym);
        if (known === undefined || order < known) definitions.set(acronym, order);
      }
    });
    const glossaryId = sectionWithRole(template, 'glossary')?.id;
    const hasGlossary = scans.some(({ section }) => section.id === glossaryId);
    const { meanings } = knownAcronyms(template.terminology);
    const reported = new Set<string>();
    const findings: Finding[] = [];
    scans.forEach(({ section, scan }, index) => {
      for (const use of scan.uses) {
        if (reported.has(use.acronym)) continue;
        reported.add(use.acronym);
        const definedAt = definitions.get(use.acronym);
        if (definedAt !== undefined && definedAt < index * ORDER_STRIDE + use.location.from) continue;
        const meaning = meanings.get(use.acronym);
        const spelled = meaning ? `"${meaning} (${use.acronym})"` : `the full name followed by "(${use.acronym})"`;
        const where = hasGlossary ? ' or add it to the glossary' : '';
        findings.push(
          definedAt === undefined
            ? { severity: 'warning', section: section.id, rule: 'acronym-undefined', message: `${use.acronym} is never spelt out. Write ${spelled} the first time it is used${where}.`, location: use.location }
            : { severity: 'warning', section: section.id, rule: 'acronym-before-definition', message: `${use.acronym} is used here before it is spelt out. Move the definition to its first use: ${spelled}${where}.`, location: use.location },
        );
      }
    });
    return findings;
  },
});
