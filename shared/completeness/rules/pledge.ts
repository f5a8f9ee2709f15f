import { z } from 'zod';
import type { Sentence, SectionContext } from '../sectionContext.js';
import { countWords } from '../text.js';
import { mentions } from './mentions.js';
import { elementId, message, patterns } from './params.js';
import { sectionRule, type ElementCheck } from './sectionRule.js';
import type { TextLocation } from '../types.js';

interface PledgeLine {
  text: string;
  from: number;
  to: number;
  /** A list item whose list is introduced by a pledge ("Our pledge to you:"): the lead-in's commitment carries over to it. */
  ledIn: boolean;
}

const matchesAny = (list: readonly RegExp[], text: string): boolean => list.some((candidate) => candidate.test(text));

/**
 * The line just before a list, when it introduces it (ends with a colon),
 * read as the start of every item's sentence: "We promise to:" then
 * "Support you …", "Help you …". A heading can be that line too.
 */
function introducesList(context: SectionContext, blockIndex: number, leadIn: RegExp[]): boolean {
  if (leadIn.length === 0 || context.blocks[blockIndex]?.kind !== 'list-item') return false;
  let first = blockIndex;
  while (context.blocks[first - 1]?.kind === 'list-item') first -= 1;
  const before = context.blocks[first - 1];
  return before !== undefined && before.kind !== 'cell' && before.text.trim().endsWith(':') && matchesAny(leadIn, before.text);
}

/** The most words a run-in theme has ("A home.", "Family and friends."). */
const RUN_IN_THEME_WORDS = 4;

/** Who makes or receives a promise: a run-in theme names neither, "We will listen." does. */
const PERSON = /\b(?:we|you|i|us|they)\b/iu;

/**
 * A paragraph's few opening words set off as its theme ("Health. You will
 * have …"): a heading run into the text, not a statement the pledge makes.
 * A short opening that says who ("We will listen.") is a promise.
 */
function isRunInTheme(context: SectionContext, sentence: Sentence): boolean {
  const block = context.blocks[sentence.blockIndex];
  return (
    block !== undefined &&
    sentence.from === block.from &&
    block.text.trim().length > sentence.text.trim().length &&
    countWords(sentence.text) <= RUN_IN_THEME_WORDS &&
    !PERSON.test(sentence.text)
  );
}

/** A promise is one list item or one sentence outside a list. */
function promises(context: SectionContext, leadIn: RegExp[]): PledgeLine[] {
  const ledIn = new Map<number, boolean>();
  return context.sentences
    .filter((sentence) => context.blocks[sentence.blockIndex]?.kind !== 'heading' && !isRunInTheme(context, sentence))
    .map((sentence) => {
      let carried = ledIn.get(sentence.blockIndex);
      if (carried === undefined) {
        carried = introducesList(context, sentence.blockIndex, leadIn);
        ledIn.set(sentence.blockIndex, carried);
      }
      return { text: sentence.text, from: sentence.from, to: sentence.to, ledIn: carried };
    });
}

/**
 * A pledge is promises children can hold the council to: said as
 * commitments ("we will", or items of a list a pledge introduces), to
 * "you", about each theme the pack lists, and without hedges ("try",
 * "where possible"). Most of what it says must be commitments; a sentence
 * of explanation among them does not make it vague, and a theme left out
 * is its own finding rather than a shortfall in the count.
 */
/**
 * A pledge theme set out under its own heading in another section ("Having
 * your say" with its "We will …" lines, moved out of the pledge by an
 * import): the heading names the theme and the text under it makes
 * promises.
 */
function themeHeadedElsewhere(other: SectionContext, theme: readonly RegExp[], commitment: readonly RegExp[]): TextLocation | undefined {
  const blocks = other.blocks;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (block?.kind !== 'heading' || !matchesAny(theme, block.text)) continue;
    let next = index + 1;
    while (blocks[next] && blocks[next]?.kind !== 'heading') {
      if (matchesAny(commitment, blocks[next]?.text ?? '')) return { from: block.from, to: block.from + block.text.length };
      next += 1;
    }
  }
  return undefined;
}

export const pledgePromisesRule = sectionRule({
  kind: 'section',
  id: 'pledge-promises',
  summary: 'Promises said as commitments, to "you", at least one per theme, about every theme, without hedges.',
  params: z.strictObject({
    commitment: patterns,
    /** What a line introducing a list of promises says ("Our pledge to you:", "We promise to:"). */
    leadIn: patterns.optional(),
    toYou: patterns,
    hedges: patterns,
    themes: z.array(z.strictObject({ element: elementId, name: message, anyOf: patterns })).min(1),
  }),
  elements: (params) => ['concrete-promises', 'addressed-to-you', ...params.themes.map((theme) => theme.element), 'vague-promise'],
  check(context, _env, params) {
    const all = promises(context, params.leadIn ?? []);
    const commitments = all.filter((promise) => promise.ledIn || matchesAny(params.commitment, promise.text));
    const toYou = commitments.filter((promise) => matchesAny(params.toYou, promise.text));
    const vague = commitments.find((promise) => matchesAny(params.hedges, promise.text));
    const checks: ElementCheck[] = [
      {
        element: 'concrete-promises',
        passed: commitments.length > 0 && commitments.length * 2 >= all.length,
        message: `Write the pledge as concrete promises that start "We will …" (${commitments.length} of its ${all.length} statements are promises).`,
      },
      {
        element: 'addressed-to-you',
        passed: commitments.length > 0 && toYou.length * 2 >= commitments.length,
        message: 'Address the promises to the children and young people themselves: "We will make sure you …", not "Children will be …".',
      },
      ...params.themes.map(
        (theme): ElementCheck => ({
          element: theme.element,
          passed: mentions(context, ...theme.anyOf),
          message: `Add promises about ${theme.name}.`,
          acrossDocument: (other) => themeHeadedElsewhere(other, theme.anyOf, params.commitment),
        }),
      ),
    ];
    if (vague) checks.push({ element: 'vague-promise', passed: false, severity: 'info', message: 'This promise hedges ("try", "where possible"); a promise children can hold you to says exactly what you will do.', location: { from: vague.from, to: vague.to } });
    return checks;
  },
});
