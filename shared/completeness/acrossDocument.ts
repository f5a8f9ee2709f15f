import { z } from 'zod';
import { UNSORTED } from '../import/types.js';
import { escapeRegExp, hasRole, sectionWithRole, type Template, type TemplateSection } from '../template/template.js';
import { emptyCover } from '../model/draft.js';
import { compileRules } from './registry.js';
import type { SectionRuleEnv } from './rules/sectionRule.js';
import type { SectionEvaluation } from './engine.js';
import { compile } from './rules/params.js';
import type { ElementCheck } from './rules/sectionRule.js';
import { sectionScore } from './scoring.js';
import { perBlock, sentenceAt, type SectionContext } from './sectionContext.js';
import { countWords } from './text.js';
import type { Finding, TextLocation } from './types.js';

/**
 * Presence judged across the whole strategy. Councils do not follow the
 * common structure: the vision sits in the introduction, the figures in
 * the leadership chapter, the Board's chair in its terms of reference. A
 * reviewer reading such a strategy does not call the vision missing, and
 * neither should the check: it says where the content was found, as
 * advice to move it where readers look for it.
 *
 * Two cases. A section with no writing of its own, among those the pack's
 * rules.json lists under `acrossDocument`, is looked for with the pack's
 * import cues for its content (the same words import uses to place a part),
 * and found when another section carries enough of them. An element
 * a section's rule could not find (a pack's rule use marked
 * `acrossDocument`) is looked for in the other written sections, and then
 * passes.
 */

const EXCERPT_CHARACTERS = 90;

interface Cue {
  pattern: RegExp;
  saturation: number;
  weight: number;
}

const cueCache = new WeakMap<Template, Map<string, Cue[]>>();

function contentCues(template: Template, sectionId: string): Cue[] {
  let bySection = cueCache.get(template);
  if (!bySection) {
    bySection = new Map(
      Object.entries(template.importCues.sections).map(([id, cues]) => [
        id,
        cues.content.map(({ pattern, saturation, weight }) => ({ pattern: new RegExp(compile(pattern).source, `${compile(pattern).flags}g`), saturation, weight })),
      ]),
    );
    cueCache.set(template, bySection);
  }
  return bySection.get(sectionId) ?? [];
}

/** A cue's matches in one block: how many, and where the first is in the block's text; undefined for none. */
interface CueMatches {
  count: number;
  index: number;
  length: number;
}

function cueMatchesIn(text: string, pattern: RegExp): CueMatches | undefined {
  let found: CueMatches | undefined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex += 1;
    else if (found) found.count += 1;
    else found = { count: 1, index: match.index, length: match[0].length };
  }
  return found;
}

/**
 * Each cue counted in the text and saturating, as import scores a part's
 * content; `first` is where the pack's first cue that matched (its most
 * telling) is first met. Counted block by block, each block's count kept
 * with its node (see `perBlock`), so a keystroke counts one block again.
 */
function cueScore(context: SectionContext, cues: Cue[]): { score: number; first?: TextLocation } {
  let score = 0;
  let first: TextLocation | undefined;
  for (const cue of cues) {
    const { values, firstFound } = perBlock(context, cue, 'cue-matches', ({ text }) => cueMatchesIn(text, cue.pattern));
    let count = 0;
    for (let index = Math.max(firstFound, 0); firstFound >= 0 && index < values.length; index += 1) count += values[index]?.count ?? 0;
    score += cue.weight * Math.min(count / cue.saturation, 1);
    const block = context.blocks[firstFound];
    const inBlock = values[firstFound];
    if (block && inBlock) first ??= { from: block.from + inBlock.index, to: block.from + inBlock.index + inBlock.length };
  }
  return first ? { score, first } : { score };
}

function excerpt(context: SectionContext, location: TextLocation): string {
  const text = (sentenceAt(context, location.from)?.text ?? context.doc.textBetween(location.from, location.to, ' ')).replace(/\s+/g, ' ').trim();
  return text.length <= EXCERPT_CHARACTERS ? text : `${text.slice(0, EXCERPT_CHARACTERS - 1).trimEnd()}…`;
}

/** The other written sections, less those the pack keeps out of the search. */
function searchable(template: Template, section: TemplateSection, written: readonly SectionContext[]): SectionContext[] {
  const notIn = template.rules.acrossDocument?.notIn ?? [];
  return written.filter((context) => context.id !== section.id && !notIn.includes(context.id));
}

/** A section's title; the pile of what import could not place has none in the template. */
const titleOf = (template: Template, id: string): string => (id === UNSORTED ? 'Unsorted' : (template.sections.find((section) => section.id === id)?.title ?? id));

/** The heading cues import places a part by with full weight: "Our priorities", "Terms of reference". */
const STRONG_HEADING = 1;

const headingCueCache = new WeakMap<Template, Map<string, RegExp[]>>();

function strongHeadingCues(template: Template, sectionId: string): RegExp[] {
  let bySection = headingCueCache.get(template);
  if (!bySection) {
    bySection = new Map(Object.entries(template.importCues.sections).map(([id, cues]) => [id, cues.headings.filter((cue) => cue.weight >= STRONG_HEADING).map((cue) => compile(cue.pattern))]));
    headingCueCache.set(template, bySection);
  }
  return bySection.get(sectionId) ?? [];
}

/**
 * A passage of another section that is headed as this section's content:
 * a heading in the words import places such a part by, with writing under
 * it. A chapter often carries a second section's content
 * under its own sub-heading, or under its own title ("Leadership and the
 * priorities of the Board"), which is why the first heading counts too.
 */
/**
 * A paragraph that names its subject in its first words and says what it
 * is, as a run-in heading does: "Our vision is simple: …", "Our
 * priorities:". Not "The objectives of the group are": a subject named
 * with more words than a heading's is another thing's.
 */
const RUN_IN = /^\s*((?:\S+\s+){0,2}?\S+?)(?::|\s+(?:is|are)\b)/u;

function opensWith(text: string, cues: RegExp[]): boolean {
  const subject = RUN_IN.exec(text)?.[1];
  return subject !== undefined && cues.some((cue) => cue.test(subject));
}

/** What a block is to `headedPassage`: a paragraph opening with a cue as a run-in heading, or a heading in a cue's words (of more than one word, or of one). */
type HeadingMark = 'run-in' | 'heading' | 'one-word-heading' | undefined;

function headedPassage(context: SectionContext, cues: RegExp[]): TextLocation | undefined {
  if (cues.length === 0) return undefined;
  // What each block is, kept with its node (see `perBlock`): a keystroke reads one block again, and only the blocks marked are looked at beside the block after them.
  const { values, firstFound } = perBlock(context, cues, 'headed-passage', ({ text, kind }): HeadingMark => {
    if (kind === 'paragraph') return opensWith(text, cues) ? 'run-in' : undefined;
    if (kind !== 'heading') return undefined;
    const line = text.trim();
    if (!cues.some((cue) => cue.test(line))) return undefined;
    return /\s/.test(line) ? 'heading' : 'one-word-heading';
  });
  const blocks = context.blocks;
  for (let index = Math.max(firstFound, 0); firstFound >= 0 && index < values.length; index += 1) {
    const mark = values[index];
    const block = blocks[index];
    if (mark === undefined || !block) continue;
    const next = blocks[index + 1];
    // A heading counts with writing under it; a one-word sub-heading ("Objectives", "Purpose") names a part of its own chapter, not another section's content.
    if (mark !== 'run-in' && (!next || next.kind === 'heading' || (mark === 'one-word-heading' && index > 0))) continue;
    return { from: block.from, to: block.from + block.text.length };
  }
  return undefined;
}

/**
 * A heading that is the section's own title in the pack ("Keeping The
 * Promise", "4. About this plan", "Section 6: Continuing care and
 * aftercare"): a strategy that names a chapter as the template does has
 * written that section, wherever import put it. Only the whole heading
 * counts, so "Our promises to you" is not "Our promises to you, in plain
 * words".
 */
function ownTitleCue(section: TemplateSection): RegExp | undefined {
  const words = section.title.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length < 2) return undefined;
  const label = String.raw`(?:(?:section|part|chapter|appendix)\s+[\p{L}\p{N}]{1,4}\s*[:.\-–—]?\s*|[\p{N}]+(?:\.[\p{N}]+)*\.?\s+|[\p{L}][.)]\s+)?`;
  return new RegExp(`^\\s*${label}${words.map(escapeRegExp).join(String.raw`[^\p{L}\p{N}]+`)}[\\s:.]*$`, 'iu');
}

/** The title cue as a list of cues, made once per section: what each block is to it is kept by that list (see `headedPassage`). */
const ownTitleCues = new WeakMap<TemplateSection, RegExp[]>();

function ownTitleCueList(section: TemplateSection): RegExp[] {
  let cues = ownTitleCues.get(section);
  if (!cues) {
    const cue = ownTitleCue(section);
    cues = cue ? [cue] : [];
    ownTitleCues.set(section, cues);
  }
  return cues;
}

/** Where another section carries a missing section's content, if one does. */
export function missingContentElsewhere(template: Template, section: TemplateSection, written: readonly SectionContext[]): { section: string; excerpt: string } | undefined {
  // A heading is telling enough for every section, in every pack; counting cues in the text only for those the pack lists.
  // The section's own title first: it names the section surely, where a heading cue only suggests it.
  // Each section's answer is kept with its context, so a keystroke asks again only of the section typed in.
  for (const [pass, headingCues] of [
    ['title', ownTitleCueList(section)],
    ['heading', strongHeadingCues(template, section.id)],
  ] as const) {
    for (const context of searchable(template, section, written)) {
      const headed = judgedOnce(context, template, `${pass}:${section.id}`, () => headedPassage(context, headingCues));
      if (headed) return { section: context.id, excerpt: excerpt(context, headed) };
    }
  }
  const across = template.rules.acrossDocument;
  if (!across?.sections.includes(section.id)) return undefined;
  const cues = contentCues(template, section.id);
  const greatest = cues.reduce((sum, cue) => sum + cue.weight, 0);
  if (greatest === 0) return undefined;
  let best: { context: SectionContext; score: number; first: TextLocation } | undefined;
  for (const context of searchable(template, section, written)) {
    const { score, first } = judgedOnce(context, template, `cues:${section.id}`, () => cueScore(context, cues));
    if (first && score >= across.share * greatest && (best === undefined || score > best.score)) best = { context, score, first };
  }
  return best ? { section: best.context.id, excerpt: excerpt(best.context, best.first) } : undefined;
}

const foundCache = new WeakMap<ElementCheck, WeakMap<SectionContext, TextLocation | null>>();

/** An element's search of one other section, kept while neither the check (its section unchanged) nor that section changes. */
function searchedIn(check: ElementCheck, context: SectionContext): TextLocation | undefined {
  const search = check.acrossDocument;
  if (!search) return undefined;
  let byContext = foundCache.get(check);
  if (!byContext) {
    byContext = new WeakMap();
    foundCache.set(check, byContext);
  }
  const cached = byContext.get(context);
  if (cached !== undefined) return cached ?? undefined;
  const found = search(context);
  byContext.set(context, found ?? null);
  return found;
}

const judgedCache = new WeakMap<SectionContext, WeakMap<Template, Map<string, unknown>>>();

/** A judgement of one other section for a missing one, kept while that section's context lives (it is remade only when the section changes) and the template is the same. */
function judgedOnce<T>(context: SectionContext, template: Template, key: string, judge: () => T): T {
  let byTemplate = judgedCache.get(context);
  if (!byTemplate) {
    byTemplate = new WeakMap();
    judgedCache.set(context, byTemplate);
  }
  let byKey = byTemplate.get(template);
  if (!byKey) {
    byKey = new Map();
    byTemplate.set(template, byKey);
  }
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = judge();
  byKey.set(key, value);
  return value;
}

/** Where the share of a section's content cues that an unsorted part must carry before the check stops calling the section missing. */
const UNSORTED_SHARE = 0.6;

/** The parts of what import could not place, each from its heading (or the whole, when it has none) to the next. */
function unsortedParts(unsorted: SectionContext): { heading: string; text: string }[] {
  const parts: { heading: string; text: string[] }[] = [];
  for (const block of unsorted.blocks) {
    const last = parts[parts.length - 1];
    if (block.kind === 'heading' || !last) parts.push({ heading: block.kind === 'heading' ? block.text.trim() : '', text: [block.text] });
    else last.text.push(block.text);
  }
  return parts.map((part) => ({ heading: part.heading, text: part.text.join('\n') }));
}

function textScore(text: string, cues: Cue[]): number {
  return cues.reduce((sum, cue) => sum + cue.weight * Math.min((text.match(cue.pattern)?.length ?? 0) / cue.saturation, 1), 0);
}

/**
 * A section not found while an unsorted part reads like it (a good share
 * of the words import places such a part by): the check cannot say the
 * section is missing, only that it did not find it under its own heading.
 * Said as advice naming the part (the unsorted text is itself a warning),
 * and the section still scores nothing.
 */
function unsortedMayHold(template: Template, section: TemplateSection, evaluation: SectionEvaluation, written: readonly SectionContext[]): SectionEvaluation {
  const unsorted = written.find((context) => context.id === UNSORTED);
  const cues = contentCues(template, section.id);
  const greatest = cues.reduce((sum, cue) => sum + cue.weight, 0);
  if (!unsorted || greatest === 0) return evaluation;
  const likely = judgedOnce(unsorted, template, `unsorted:${section.id}`, () => unsortedParts(unsorted).find((part) => textScore(part.text, cues) >= UNSORTED_SHARE * greatest));
  if (!likely) return evaluation;
  const named = likely.heading === '' ? 'a part' : `the part "${likely.heading}"`;
  return {
    ...evaluation,
    findings: evaluation.findings.map((finding) =>
      finding.rule === `${section.id}.missing` && finding.severity !== 'info'
        ? {
            ...finding,
            severity: 'info',
            message: `Could not find "${section.title}" (this section is ${section.status}), but ${named} in Unsorted reads like it. If that is this section, move it here; if not, write it.`,
          }
        : finding,
    ),
  };
}

function foundElsewhereFinding(template: Template, section: TemplateSection, found: { section: string; excerpt: string }): Finding {
  return {
    severity: 'info',
    section: section.id,
    rule: `${section.id}.found-elsewhere`,
    message: `"${section.title}" has no text of its own, but what it should say seems to be in "${titleOf(template, found.section)}" ("${found.excerpt}"). Move it here, or say here where readers will find it.`,
  };
}

const columnsParams = z.object({ columns: z.array(z.object({ name: z.string(), header: z.array(z.instanceof(RegExp)) })).min(1) });

/**
 * A section that is a table (an action plan) found by its structure in
 * another section: a table whose header has the section's first column
 * (the action) and at least half of the others, as "Action | Lead | By
 * when" under each priority, or a plan on a page left unsorted.
 */
function tableElsewhere(template: Template, section: TemplateSection, written: readonly SectionContext[]): { section: string; excerpt: string } | undefined {
  const runs = compileRules(template).sections.get(section.id)?.runs ?? [];
  for (const run of runs) {
    if (run.rule.id !== 'table-columns') continue;
    const params = columnsParams.safeParse(run.params);
    if (!params.success) continue;
    const [first, ...others] = params.data.columns;
    if (!first) continue;
    const has = (header: readonly { text: string }[], column: { header: RegExp[] }): boolean => header.some((cell) => column.header.some((pattern) => pattern.test(cell.text)));
    for (const context of searchable(template, section, written)) {
      const table = context.tables.find((candidate) => {
        const header = candidate.rows[0] ?? [];
        return candidate.rows.length > 1 && has(header, first) && others.filter((column) => has(header, column)).length * 2 >= others.length;
      });
      if (table) return { section: context.id, excerpt: (table.rows[0] ?? []).map((cell) => cell.text.trim()).join(' | ') };
    }
  }
  return undefined;
}

/** The check that a child-friendly text is in plain words: the one a pledge to the child must pass to stand in for it. */
const PLAIN_WORDS_RULE = 'reading-age';

/** Paragraphs and list items to "you" that make a text written to the child, not a strategy's pledge that also talks to them: three in four. */
const TO_YOU_SHARE = 0.75;
const TO_YOU = /\byou(?:r|rs|rself)?\b/i;
/** A version for children fits on a page; a pledge of several pages to "you" is still the strategy's, not the children's. */
const ONE_PAGE_WORDS = 450;

/**
 * Written to the child: judged by paragraph and list item, not sentence, as
 * a pledge often opens each promise with a run-in theme ("A home.", "Health.")
 * that says no "you" of its own; headings are left out for the same reason.
 */
function writtenToTheChild(context: SectionContext): boolean {
  if (countWords(context.text) > ONE_PAGE_WORDS) return false;
  const prose = context.blocks.filter((block) => block.kind !== 'heading' && block.text.trim() !== '' && !isLeadIn(block.text) && !isHeadingInCapitals(block.text));
  return prose.length > 0 && prose.filter((block) => TO_YOU.test(block.text)).length >= TO_YOU_SHARE * prose.length;
}

/** A line introducing the promises ("We will:", "We promise:"), which says no "you" because the list after it does. */
function isLeadIn(text: string): boolean {
  return /:\s*$/.test(text);
}

/** A heading a PDF left as a line of capitals ("OUR PROMISE"). */
function isHeadingInCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text);
}

/**
 * A child-friendly version not written because the pledge itself is one:
 * written to the child (most paragraphs say "you") in plain words (the
 * reading age the pack sets the child-friendly version). Judged by the voice
 * and the reading age, not by a heading; said as advice, as a separate
 * version for younger readers is still worth having, with what else the pack
 * asks of that version (how to say a promise was broken) that the pledge
 * lacks. Reviewers did not call such a pledge's child-friendly version
 * missing, whether or not it said how to complain.
 */
function servedByThePledge(template: Template, section: TemplateSection, evaluation: SectionEvaluation, written: readonly SectionContext[]): SectionEvaluation | undefined {
  if (!hasRole(section, 'child-friendly')) return undefined;
  const pledge = sectionWithRole(template, 'pledge');
  const context = pledge ? written.find((candidate) => candidate.id === pledge.id) : undefined;
  const runs = compileRules(template).sections.get(section.id)?.runs ?? [];
  if (!pledge || !context || runs.length === 0 || context.sentences.length === 0) return undefined;
  const lacking = judgedOnce(context, template, `pledge:${section.id}`, () => {
    if (!writtenToTheChild(context)) return undefined;
    const env: SectionRuleEnv = { template, cover: emptyCover(), localNames: {}, section: () => undefined };
    const failedChecks = runs.flatMap((run) => run.rule.check(context, env, run.params).map((check) => ({ rule: run.rule.id, check }))).filter(({ check }) => !check.passed && check.severity !== 'info');
    // Plain words are what make the pledge a version for children; what it should also say is advice for the pledge itself.
    if (failedChecks.some(({ rule }) => rule === PLAIN_WORDS_RULE)) return undefined;
    return failedChecks.map(({ check }) => check.message);
  });
  if (!lacking) return undefined;
  const advice = lacking.length > 0 ? ` In the pledge: ${lacking.join(' ')}` : '';
  const finding: Finding = {
    severity: 'info',
    section: section.id,
    rule: `${section.id}.missing`,
    message: `"${section.title}" has not been written, but "${pledge.title}" is itself written to children, in plain words. A shorter version for younger readers is still worth adding.${advice}`,
  };
  return { ...evaluation, findings: evaluation.findings.map((existing) => (existing.rule === finding.rule ? finding : existing)) };
}

/** Instruments a passage must cite to be setting out the law rather than mentioning an Act in passing. */
const LAW_SET_OUT_CITATIONS = 2;

/**
 * A law section not written because the law is set out in another section
 * (the introduction's "Our legal duties", a list of Acts import filed with
 * related documents): one section citing most of the instruments the law
 * section's own checks ask for, at least two. Said as advice with where.
 */
function lawSetOutElsewhere(template: Template, section: TemplateSection, evaluation: SectionEvaluation, written: readonly SectionContext[]): SectionEvaluation | undefined {
  if (!hasRole(section, 'law')) return undefined;
  const runs = compileRules(template).sections.get(section.id)?.runs ?? [];
  if (runs.length === 0) return undefined;
  const env: SectionRuleEnv = { template, cover: emptyCover(), localNames: {}, section: () => undefined };
  for (const context of searchable(template, section, written)) {
    const checks = judgedOnce(context, template, `law:${section.id}`, () => runs.flatMap((run) => run.rule.check(context, env, run.params)).filter((check) => check.severity !== 'info'));
    const cited = checks.filter((check) => check.passed);
    if (cited.length < Math.max(LAW_SET_OUT_CITATIONS, checks.length / 2)) continue;
    const where = cited.find((check) => check.location !== undefined)?.location;
    const found = { section: context.id, excerpt: where ? excerpt(context, where) : context.text.slice(0, EXCERPT_CHARACTERS) };
    return { ...evaluation, findings: [foundElsewhereFinding(template, section, found)] };
  }
  return undefined;
}

/**
 * A section's evaluation with presence judged across the document: its
 * "missing" finding turned into advice saying where its content is, or its
 * elements found in other sections passed, each with a note of where.
 */
export function judgeAcrossDocument(template: Template, section: TemplateSection, evaluation: SectionEvaluation, written: readonly SectionContext[]): SectionEvaluation {
  if (evaluation.report.status === 'missing') {
    if (section.kind !== 'text' || evaluation.unwritten !== true) return evaluation;
    const found = missingContentElsewhere(template, section, written);
    const table = found ? undefined : tableElsewhere(template, section, written);
    if (table) return { ...evaluation, findings: [foundElsewhereFinding(template, section, table)] };
    if (!found) return servedByThePledge(template, section, evaluation, written) ?? lawSetOutElsewhere(template, section, evaluation, written) ?? unsortedMayHold(template, section, evaluation, written);
    return { ...evaluation, findings: [foundElsewhereFinding(template, section, found)] };
  }
  const checks = evaluation.checks ?? [];
  const open = checks.filter((check) => !check.passed && check.acrossDocument !== undefined);
  if (open.length === 0) return evaluation;
  const others = searchable(template, section, written);
  const foundElsewhere = new Map<ElementCheck, { context: SectionContext; location: TextLocation }>();
  for (const check of open) {
    for (const context of others) {
      const location = searchedIn(check, context);
      if (location) {
        foundElsewhere.set(check, { context, location });
        break;
      }
    }
  }
  if (foundElsewhere.size === 0) return evaluation;
  const settled = checks.map((check) => (foundElsewhere.has(check) ? { ...check, passed: true } : check));
  const findings = evaluation.findings.flatMap((finding): Finding[] => {
    const check = [...foundElsewhere.keys()].find((candidate) => finding.rule === `${section.id}.${candidate.element}`);
    const where = check ? foundElsewhere.get(check) : undefined;
    if (!where) return [finding];
    return [
      {
        severity: 'info',
        section: section.id,
        rule: finding.rule,
        message:
          section.kind === 'cover'
            ? `${finding.message} The text gives it at the top of "${titleOf(template, where.context.id)}" ("${excerpt(where.context, where.location)}"): copy it into the title page.`
            : `Found in "${titleOf(template, where.context.id)}" rather than here ("${excerpt(where.context, where.location)}"). Readers look for it in this section: move it, or say here where it is.`,
      },
    ];
  });
  const failedScored = settled.some((check) => !check.passed && check.severity !== 'info');
  // A check that could not run still cannot vouch for the section.
  const failures = findings.some((finding) => finding.rule === `${section.id}.rule-failed` || finding.rule === `${section.id}.rule-invalid`);
  return { ...evaluation, checks: settled, findings, report: { ...evaluation.report, score: sectionScore(settled), status: failedScored || failures ? 'incomplete' : 'complete' } };
}
