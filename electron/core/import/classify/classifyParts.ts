import { headingWords, isAppendixHeading } from '../readers/headingText.js';
import { nodeText } from '../readers/inlineText.js';
import { UNSORTED } from '../../../../shared/import/types.js';
import { scoreContent } from './contentSignals.js';
import { scoreHeading, type HeadingScore } from './headingKeywords.js';
import type { CueBook, SectionCues } from './importCues.js';
import type { OutlinePart } from './outline.js';
import { placeAsOurs } from './placeName.js';

/**
 * Proposes a template section for every part of an imported document. A
 * top-level part (with the sub-headings under it) is one unit, judged on its
 * heading, its content and its place; sub-headings follow their unit unless
 * their own heading plainly names another section (a "Governance" sub-heading
 * inside an introduction). What counts as evidence comes from the pack's
 * cues (`import.json`). Parts that fit nothing are UNSORTED, never lost, and
 * never appended to the section before them.
 */

export interface PartClassification {
  section: string;
  confidence: number;
  followsParent: boolean;
}

/** Headings count double: they are what the author chose to call the part. */
const HEADING_WEIGHT = 2;
const SUBHEADING_WEIGHT = 0.5;
/** How many times more plainly a sub-heading must name another section than its chapter's to leave a chapter its words also name. */
const PLAINLY_OTHER = 1.5;
/** Below this the evidence is too thin to file the part anywhere. */
const MIN_SCORE = 0.6;
/** A heading over fewer chapters than this is a part with sub-headings, not the document's title. */
const MIN_TITLED_CHAPTERS = 4;

interface Unit {
  root: number;
  members: number[];
  appendix: boolean;
  promoted: boolean;
}

interface Judgement {
  section: string;
  confidence: number;
  best: number;
  defined: boolean;
}

export interface ClassifyOptions {
  /** The area the document's council is named for, read as "our" in its headings ("Anytown's corporate parents"). */
  place?: string | null;
}

export function classifyParts(parts: readonly OutlinePart[], book: CueBook, options: ClassifyOptions = {}): PartClassification[] {
  const allowed = new Set([...book.sections.map((section) => section.id), UNSORTED]);
  const cuesOf = new Map(book.sections.map((section) => [section.id, section]));
  const place = options.place ?? null;
  const placeRead = placeAsOurs(place);
  // Only where the heading writes the place as a name: "Reading and writing" is not Reading.
  const inOurWords = (heading: string) => (place !== null && heading.includes(place) ? placeRead : (words: string) => words);
  const headingScores = parts.map((part) => (part.heading ? scoreQuotableHeading(part.heading.text, book, inOurWords(part.heading.text)) : null));
  const texts = parts.map((part) => part.blocks.map(nodeText).join('\n').toLowerCase());
  // Units are judged again after a promotion; most keep their members, and their text need not be scanned twice.
  const contentScores = new Map<string, Map<string, number>>();
  const unitContent = (members: readonly number[]): Map<string, number> => {
    const key = members.join(',');
    let scores = contentScores.get(key);
    if (!scores) {
      scores = scoreContent(members.map((member) => texts[member]).join('\n'), book);
      contentScores.set(key, scores);
    }
    return scores;
  };

  const title = titleHeading(parts);
  const topLevel = parts.map((part) => part.parentIndex === null || (title !== null && part.parentIndex === title));
  const roots = [...topLevel];
  let units = formUnits(parts, roots, topLevel);
  let judgements = judgeUnits(units, parts, headingScores, unitContent, allowed, cuesOf);

  // A series of sub-headings ("Commitment A", "Commitment B") is judged as one: it stays with its chapter, or, when it names priorities, is filed with them.
  const series = headingSeries(parts);
  const prioritiesSection = book.sections.find((section) => section.priorities)?.id ?? null;
  const filedAsPriorities = new Set<number>();
  // A sub-heading that plainly names another section becomes a unit of its own (not inside an appendix, which is self-contained).
  let promotedAny = false;
  units.forEach((unit, unitIndex) => {
    if (unit.appendix) return;
    const rootSection = judgements[unitIndex]?.section ?? UNSORTED;
    const themes = themeSeries(parts, unit, rootSection, headingScores, cuesOf);
    for (const member of unit.members) {
      if (member === unit.root || themes.has(member)) continue;
      const lead = series.get(member);
      if (lead !== undefined) {
        if (prioritiesSection === null || !PRIORITY_SERIES.test(lead) || rootSection === prioritiesSection) continue;
        roots[member] = true;
        promotedAny = true;
        filedAsPriorities.add(member);
        continue;
      }
      const score = headingScores[member];
      if (!score?.defining || !allowed.has(score.defining) || score.defining === rootSection || score.defining === UNSORTED) continue;
      // Unless it names its own section far more plainly ("The promises in a few words" under "Our promises"), a heading that also names its chapter's section stays in it.
      const chapterScore = score.scores.get(rootSection) ?? 0;
      if (chapterScore >= 1 && score.definingWeight < PLAINLY_OTHER * chapterScore) continue;
      roots[member] = true;
      promotedAny = true;
    }
  });
  if (promotedAny) {
    units = formUnits(parts, roots, topLevel);
    judgements = judgeUnits(units, parts, headingScores, unitContent, allowed, cuesOf);
  }

  judgements = judgements.map((judgement, unitIndex) => {
    const unit = units[unitIndex];
    if (unit && prioritiesSection !== null && filedAsPriorities.has(unit.root)) return { ...judgement, section: prioritiesSection, defined: true };
    const next = judgements[unitIndex + 1];
    // A bare heading ("Appendices", a subtitle) has nothing to judge: it introduces what follows it.
    if (!unit || judgement.defined || !next || parts[unit.root]?.heading == null) return judgement;
    const empty = unit.members.every((member) => (parts[member]?.blocks.length ?? 0) === 0);
    return empty ? { ...judgement, section: next.section, confidence: Math.min(judgement.confidence, 0.3) } : judgement;
  });

  const result: PartClassification[] = parts.map(() => ({ section: UNSORTED, confidence: 0, followsParent: false }));
  units.forEach((unit, unitIndex) => {
    const judgement = judgements[unitIndex];
    if (!judgement) return;
    for (const member of unit.members) {
      result[member] = { section: judgement.section, confidence: judgement.confidence, followsParent: member !== unit.root };
    }
  });
  return result;
}

/** Most of a chapter's sub-headings must be bare themes ("Home", "Your health") for the rest to be read as themes too. */
const THEME_MAJORITY = 0.5;
const MIN_THEMES = 3;
/** A sub-heading naming its section this plainly (a section's own title) is a chapter of its own even among themes. */
const STRONG_HEADING = 1.5;

/**
 * The sub-headings directly under a chapter, when they read as its themes:
 * most name no section at all (a pledge's "Home" and "School and learning",
 * a framework's "Family", "Care", "People"), so those whose words name a
 * section that can also be a theme (the pack's `theme` sections: "A voice
 * in decisions", "Voice", "Becoming independent") are themes of the same
 * series and stay with the chapter, whatever section the chapter is. One
 * naming any other section ("Measuring success", "Glossary"), or naming a
 * theme as plainly as its own title, still leaves it.
 */
function themeSeries(parts: readonly OutlinePart[], unit: Unit, rootSection: string, headingScores: readonly (HeadingScore | null)[], cuesOf: ReadonlyMap<string, SectionCues>): Set<number> {
  const children = unit.members.filter((member) => parts[member]?.parentIndex === unit.root && parts[member]?.heading != null);
  // One naming the chapter's own section ("If we break a promise" among a pledge's themes) is in the chapter's series as much as a bare one.
  const bare = children.filter((member) => {
    const defining = headingScores[member]?.defining;
    return defining == null || defining === rootSection;
  }).length;
  if (children.length < MIN_THEMES || bare <= THEME_MAJORITY * children.length) return new Set();
  return new Set(
    children.filter((member) => {
      const score = headingScores[member];
      if (!score?.defining) return true;
      return score.definingWeight < STRONG_HEADING && cuesOf.get(score.defining)?.theme === true;
    }),
  );
}

/** "Commitment A: …", "Priority 2 – …", "Theme 3.": a lead word and a letter or number, then the part's own name. */
const SERIES_HEADING = /^\s*(\p{L}{3,})\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\s*(?:[:.)–—-]|$)/u;
/** Series whose lead word says its members are priorities. */
const PRIORITY_SERIES = /^(?:priorit|commitment|ambition|objective|aim|goal|outcome)/i;

/** Sub-headings that share a lead word with a sibling under the same heading, by part index → the lead word. */
function headingSeries(parts: readonly OutlinePart[]): Map<number, string> {
  const groups = new Map<string, number[]>();
  for (const part of parts) {
    if (part.parentIndex === null || !part.heading) continue;
    const lead = SERIES_HEADING.exec(part.heading.text)?.[1]?.toLowerCase();
    if (lead === undefined) continue;
    const key = `${part.parentIndex} ${lead}`;
    groups.set(key, [...(groups.get(key) ?? []), part.index]);
  }
  const series = new Map<number, string>();
  for (const [key, members] of groups) {
    if (members.length < 2) continue;
    for (const member of members) series.set(member, key.slice(key.indexOf(' ') + 1));
  }
  return series;
}

/** A heading that opens with a quotation: “Don't keep moving me” – Stability. */
const QUOTED_HEADING = /^\s*["“”‘’'«](.+?)["“”‘’'»][.,!?]?\s*(?:[-–—:|]\s*(.*))?$/;
/** A quotation as a heading is a young person's words, not the author's name for the part: it leans, it does not name. */
const QUOTE_WEIGHT = 0.25;

/**
 * A heading that is a quotation is judged by the words after it when there
 * are some (“…” – Our pledge), else by the quotation at half weight, so a
 * young person's "listen to me" over a chapter of promises does not make it
 * participation: its text decides.
 */
function scoreQuotableHeading(text: string, book: CueBook, ourWords: (words: string) => string): HeadingScore {
  const words = (heading: string) => ourWords(headingWords(heading));
  const quoted = QUOTED_HEADING.exec(text);
  if (!quoted) return scoreHeading(words(text), book);
  const rest = (quoted[2] ?? '').trim();
  if (rest !== '') return scoreHeading(words(rest), book);
  const score = scoreHeading(words(quoted[1] ?? ''), book);
  return { scores: new Map([...score.scores].map(([section, value]) => [section, value * QUOTE_WEIGHT])), defining: null, definingWeight: 0 };
}

/**
 * A first heading that holds every other part but the appendices ("# Ashcombe
 * Borough Council" over "##" chapters, a title styled as Heading 1) titles the
 * document: its chapters are the parts to judge, not its sub-headings.
 */
function titleHeading(parts: readonly OutlinePart[]): number | null {
  const [first, ...others] = parts.filter((part) => part.heading !== null && part.parentIndex === null);
  if (!first || !others.every((part) => part.heading !== null && isAppendixHeading(part.heading.text))) return null;
  const chapters = parts.filter((part) => part.parentIndex === first.index).length;
  return chapters >= MIN_TITLED_CHAPTERS ? first.index : null;
}

function formUnits(parts: readonly OutlinePart[], roots: readonly boolean[], topLevel: readonly boolean[]): Unit[] {
  const units: Unit[] = [];
  const unitOf = new Map<number, Unit>();
  for (const part of parts) {
    let unit: Unit | undefined;
    if (roots[part.index] || part.parentIndex === null) {
      unit = { root: part.index, members: [], appendix: part.heading !== null && isAppendixHeading(part.heading.text), promoted: !topLevel[part.index] };
      units.push(unit);
    } else {
      unit = unitOf.get(part.parentIndex);
    }
    if (!unit) continue;
    unit.members.push(part.index);
    unitOf.set(part.index, unit);
  }
  return units;
}

function judgeUnits(
  units: readonly Unit[],
  parts: readonly OutlinePart[],
  headingScores: readonly (HeadingScore | null)[],
  unitContent: (members: readonly number[]) => ReadonlyMap<string, number>,
  allowed: ReadonlySet<string>,
  cuesOf: ReadonlyMap<string, SectionCues>,
): Judgement[] {
  const judgements: Judgement[] = [];
  let ordinal = 0;
  for (const unit of units) {
    const rootHeading = headingScores[unit.root];
    if (!parts[unit.root]?.heading || !rootHeading) {
      // The text before the first heading (a title page) has no part in the template.
      judgements.push({ section: UNSORTED, confidence: 0.5, best: 0, defined: false });
      continue;
    }
    const totals = new Map<string, number>();
    const add = (section: string, value: number) => {
      if (allowed.has(section)) totals.set(section, (totals.get(section) ?? 0) + value);
    };
    rootHeading.scores.forEach((value, section) => add(section, HEADING_WEIGHT * value));
    const subheadings = new Map<string, number>();
    for (const member of unit.members) {
      if (member === unit.root) continue;
      headingScores[member]?.scores.forEach((value, section) => subheadings.set(section, (subheadings.get(section) ?? 0) + value));
    }
    subheadings.forEach((value, section) => add(section, SUBHEADING_WEIGHT * Math.min(value, 2)));
    unitContent(unit.members).forEach((value, section) => add(section, value));
    for (const section of totals.keys()) add(section, positionBonus(cuesOf.get(section), ordinal, unit.appendix));

    const defined = rootHeading.defining !== null && allowed.has(rootHeading.defining);
    const ranked: [string, number][] = rank(totals);
    const [bestSection, best]: [string, number] = ranked[0] ?? [UNSORTED, 0];
    const runnerUp = ranked[1]?.[1] ?? 0;
    // A chapter with too little evidence goes to Unsorted, never onto the section before it: filed there, a foreign chapter would be judged as that section's text.
    const section: string = best < MIN_SCORE ? UNSORTED : bestSection;
    judgements.push({ section, confidence: confidence(best, runnerUp), best, defined });
    ordinal += 1;
  }
  return judgements;
}

function rank(totals: ReadonlyMap<string, number>): [string, number][] {
  return [...totals.entries()].filter(([, value]) => value > 0).sort((a, b) => b[1] - a[1]);
}

/** Where a part sits is evidence too: an appendix holds what the pack places at the back, never an opening section; forewords come first. */
function positionBonus(section: SectionCues | undefined, ordinal: number, appendix: boolean): number {
  if (!section) return 0;
  if (appendix) return section.place === 'appendix' ? 0.3 : section.place === 'opening' ? -0.6 : 0;
  if (section.foreword) return ordinal <= 1 ? 0.4 : ordinal > 3 ? -0.4 : 0;
  return 0;
}

/** Grows with the evidence for the winner and with its lead over the runner-up. */
function confidence(best: number, runnerUp: number): number {
  if (best <= 0) return 0;
  const strength = 1 - Math.exp(-best / 1.5);
  const lead = (best - runnerUp) / best;
  return Math.round(Math.min(1, strength * (0.4 + 0.6 * lead)) * 100) / 100;
}
