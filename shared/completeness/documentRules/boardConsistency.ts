import { z } from 'zod';
import { patternSource } from '../../template/template.js';
import { findAll, perBlock, type SectionContext } from '../sectionContext.js';
import type { Finding, TextLocation } from '../types.js';
import { documentRule, type DocumentRule } from './documentRule.js';

/**
 * The Board goes by one name, with one chair, from the first page to the
 * terms of reference. A strategy revised over the years often keeps an old
 * name ("Panel" in one chapter, "Board" in another) or an old chair in one
 * place, and a reader cannot tell which is true. The pack gives the forms a
 * Board's name takes and the roles a chair is named by; a chair is read
 * where a sentence says who chairs it ("chaired by the Lead Member",
 * "The chair is …", "Chair: …"), and two wordings of one role ("the Lead
 * Member", "the Lead Member for Children") are the same chair.
 */

export const boardConsistencyParamsSchema = z.strictObject({
  /** The forms the Board's name takes ("Corporate Parenting Board", "… Panel"). */
  names: z.array(patternSource).min(1),
  /** The roles a chair is named by ("Lead Member", "Leader of the Council"). */
  chairRoles: z.array(patternSource).min(1),
});
export type BoardConsistencyParams = z.infer<typeof boardConsistencyParamsSchema>;

interface Mention {
  key: string;
  text: string;
  location: TextLocation;
}

interface BoardScan {
  names: Mention[];
  chairs: Mention[];
}

/** Who chairs, said three ways; never the vice-chair or a deputy. */
const CHAIR_STATEMENT = /\bchaired by\s+|(?<![\w-])(?<!vice[- ]|deputy )chair(?:man|woman|person)?\s*(?::|is|will be)\s+/giu;
/** Where the role ends: the next clause, or punctuation. */
const CLAUSE_END = /[.;:()]|\s(?:and\s+)?(?:is|are|was|will|who|which|reports?|meets?|has|holds?|it|with)\b/iu;

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Read block by block and kept with each block node (see `perBlock`), with offsets in the block's text. */
function chairsIn(section: SectionContext, roles: readonly RegExp[], board: RegExp): Mention[] {
  const { values: byBlock } = perBlock(section, roles, 'board-chairs', ({ text: blockText, sentences }) => {
    const found: Mention[] = [];
    for (const { start: sentenceStart, end } of sentences) {
      const text = blockText.slice(sentenceStart, end);
      if (!board.test(text)) continue;
      for (const match of text.matchAll(CHAIR_STATEMENT)) {
        const start = (match.index ?? 0) + match[0].length;
        const rest = text.slice(start);
        const phrase = rest.slice(0, rest.search(CLAUSE_END) < 0 ? rest.length : rest.search(CLAUSE_END));
        // "Councillor Ann Lee, Lead Member for Children": the role, not the person, is what must agree.
        const role = phrase.split(',').find((part) => roles.some((pattern) => pattern.test(part)));
        if (!role) continue;
        const offset = sentenceStart + start + phrase.indexOf(role);
        found.push({ key: normalise(role), text: role.trim(), location: { from: offset, to: offset + role.length } });
      }
    }
    return found;
  });
  return byBlock.flatMap((found, blockIndex) => {
    if (found.length === 0) return [];
    const from = section.blocks[blockIndex]?.from ?? 0;
    return found.map((mention) => ({ ...mention, location: { from: mention.location.from + from, to: mention.location.to + from } }));
  });
}

const sameRole = (a: string, b: string): boolean => a.includes(b) || b.includes(a);

function firstDiffering(scans: { section: SectionContext; mentions: Mention[] }[], same: (a: string, b: string) => boolean): { first: Mention; other: Mention; section: SectionContext; firstSection: SectionContext } | undefined {
  let first: { mention: Mention; section: SectionContext } | undefined;
  for (const { section, mentions } of scans) {
    for (const mention of mentions) {
      if (!first) first = { mention, section };
      else if (!same(first.mention.key, mention.key)) return { first: first.mention, other: mention, section, firstSection: first.section };
    }
  }
  return undefined;
}

export function boardConsistencyRule(params: BoardConsistencyParams): DocumentRule {
  const name = new RegExp(params.names.join('|'), 'giu');
  const board = new RegExp(`${params.names.join('|')}|\\b(?:board|panel|committee|group)\\b`, 'iu');
  const roles = params.chairRoles.map((source) => new RegExp(source, 'iu'));
  return documentRule<BoardScan>({
    id: 'board-consistency',
    scan(section) {
      const names = findAll(section, name).map(({ match, location }) => ({ key: normalise(match[0]), text: match[0], location }));
      return { names, chairs: chairsIn(section, roles, board) };
    },
    combine(scans, { template }) {
      const titleOf = (section: SectionContext): string => template.sections.find((candidate) => candidate.id === section.id)?.title ?? section.id;
      const findings: Finding[] = [];
      const names = firstDiffering(scans.map(({ section, scan }) => ({ section, mentions: scan.names })), (a, b) => a === b);
      if (names) {
        findings.push({
          severity: 'warning',
          section: names.section.id,
          rule: 'board-name-differs',
          message: `Here the Board is called "${names.other.text}", but "${names.first.text}" in "${titleOf(names.firstSection)}". Use one name throughout, so readers know it is the same body.`,
          location: names.other.location,
        });
      }
      const chairs = firstDiffering(scans.map(({ section, scan }) => ({ section, mentions: scan.chairs })), sameRole);
      if (chairs) {
        findings.push({
          severity: 'warning',
          section: chairs.section.id,
          rule: 'board-chair-differs',
          message: `Here the Board's chair is "${chairs.other.text}", but "${chairs.first.text}" in "${titleOf(chairs.firstSection)}". Say who chairs it the same way everywhere.`,
          location: chairs.other.location,
        });
      }
      return findings;
    },
  });
}
