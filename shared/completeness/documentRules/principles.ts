import { z } from 'zod';
import { escapeRegExp, patternSource, type LawLibrary } from '../../template/template.js';
import { findAll, findFirst, type SectionContext } from '../sectionContext.js';
import { DOCUMENT_SECTION, type Finding, type PrincipleCoverage, type TextLocation } from '../types.js';
import { compile, fillIn } from '../rules/params.js';
import { documentRule, type DocumentRule, type SectionScan } from './documentRule.js';

/**
 * The duties a strategy must address (in England, the seven corporate
 * parenting principles of the Children and Social Work Act 2017, s1(1)),
 * from the pack's law library: a strategy should show where it gives effect
 * to each. Each principle's cues are the ways councils commonly phrase it.
 *
 * Words alone are weak evidence: a strategy written before the Act says
 * "safe" and "listen" without meaning the duties. With `mapping`, a table
 * with a principle column (the action plan, the measures) is the evidence:
 * each principle is addressed by the rows that name its id there, and one
 * named by no row is reported with the rows its cues suggest. A strategy
 * with no such column is told to map them, unless it names the principles
 * (the pack's `named` words) and ties its text to them ("principle (f)",
 * "Principles served: stability"): only that one falls back to words, as
 * naming them in the legal section maps nothing to them.
 */
type Principle = LawLibrary['principles'][number];

export const principlesParamsSchema = z.strictObject({
  message: z.string().trim().min(1),
  mapping: z
    .strictObject({
      /** The header of a principle column. */
      column: z.array(patternSource).min(1),
      /** Words that show the strategy means the principles themselves ("corporate parenting principles", the Act). */
      named: z.array(patternSource).min(1),
      /** A principle no row names; {id}, {citation}, {text} and {suggestion} (rows whose words fit it). */
      unmapped: z.string().trim().min(1),
      /** No principle column and the principles never named. */
      unnamed: z.string().trim().min(1),
    })
    .optional(),
});
export type PrinciplesParams = z.infer<typeof principlesParamsSchema>;

/** What a principle addressed nowhere is reported as; `{id}`, `{citation}` and `{text}` are the principle's. */
export const PRINCIPLE_MESSAGE = 'Nothing in the strategy addresses principle ({id}), {citation}: {text}. Say what the council will do to meet it.';

interface MappedRow {
  /** What the row's principle cell says: ids ("a, f") or the principles' words ("Stability"). */
  principle: string;
  text: string;
  location: TextLocation;
}

interface PrincipleScan {
  words: (TextLocation | undefined)[];
  named: boolean;
  /** The text ties something to a principle by its id ("this serves principle (f)", "principles (b) and (c)"). */
  mappedInWords: boolean;
  /** Rows of tables with a principle column; null when the section has none. */
  rows: MappedRow[] | null;
}

/** One pattern per principle, so each section is scanned once per principle and the earliest mention wins. */
const combined = (principle: Principle): RegExp => compile(principle.cues.map((source) => `(?:${source})`).join('|'));

/** "a, f", "(b) and (c)", "Principles A/C" → ["a", "f"], ["b", "c"], ["principles", "a", "c"]. */
const idsIn = (cell: string): string[] => cell.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((token) => token !== '' && token !== 'and');

function mappedRows(section: SectionContext, column: readonly RegExp[]): MappedRow[] | null {
  let rows: MappedRow[] | null = null;
  for (const table of section.tables) {
    const header = table.rows[0] ?? [];
    const index = header.findIndex((cell) => column.some((pattern) => pattern.test(cell.text)));
    if (index < 0) continue;
    rows ??= [];
    for (const row of table.rows.slice(1)) {
      const first = row[0];
      const last = row[row.length - 1];
      if (!first || !last) continue;
      rows.push({ principle: row[index]?.text ?? '', text: row.map((cell) => cell.text).join(' \t '), location: { from: first.from, to: last.to } });
    }
  }
  return rows;
}

const quoteRow = (row: MappedRow): string => {
  const text = row.text.replace(/\s*\t\s*/g, ' – ').trim();
  return `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
};

/**
 * "principle (f)", "principles (b) and (c)", "Principle A": a principle
 * referred to by its id, in brackets or, for a letter, as a capital. A bare
 * lower-case letter is a word ("the principles a council must have regard
 * to"), not an id.
 */
function byIdPattern(principles: readonly Principle[]): RegExp {
  const ids = principles.flatMap((principle) => [principle.id.toLowerCase(), principle.id.toUpperCase()]).map(escapeRegExp).join('|');
  const capitals = principles.filter((principle) => /^\p{L}$/u.test(principle.id)).map((principle) => escapeRegExp(principle.id.toUpperCase()));
  const asCapital = capitals.length > 0 ? String.raw`|(?:${capitals.join('|')})(?![\p{L}\p{N}])` : '';
  return new RegExp(String.raw`\b[Pp]rinciples?\s+(?:\((?:${ids})\)${asCapital})`, 'u');
}

/**
 * "Principles served: best interests; stability", "Principle – high
 * aspirations": a label that ties what follows to principles named in
 * words. A plural "Principles:" without such a word is the list of the
 * principles themselves, as the law section gives it, and ties nothing.
 */
const LABELLED_BY_WORDS = /\b(?:principles\s+(?:served|met|addressed|supported|covered)|principle(?:\s+(?:served|met|addressed|supported|covered))?)\s*[:–—-]\s*(?<named>[^.\n]+)/iu;

export function principlesRule(principles: readonly Principle[], params: PrinciplesParams): DocumentRule {
  const patterns = principles.map(combined);
  const byId = byIdPattern(principles);
  const mapping = params.mapping && { column: params.mapping.column.map(compile), named: params.mapping.named.map(compile), unmapped: params.mapping.unmapped, unnamed: params.mapping.unnamed };

  type Mode = { kind: 'mapped'; rows: { section: string; row: MappedRow }[] } | { kind: 'unnamed' } | { kind: 'words' };
  const modeOf = (scans: SectionScan<PrincipleScan>[]): Mode => {
    if (!mapping) return { kind: 'words' };
    const tables = scans.filter(({ scan }) => scan.rows !== null);
    if (tables.length > 0) return { kind: 'mapped', rows: tables.flatMap(({ section, scan }) => (scan.rows ?? []).map((row) => ({ section: section.id, row }))) };
    // Naming the principles (a list of them in the legal section) maps nothing to them; a strategy that ties its priorities to them by id in its text is judged on its words.
    return scans.some(({ scan }) => scan.named) && scans.some(({ scan }) => scan.mappedInWords) ? { kind: 'words' } : { kind: 'unnamed' };
  };

  /** Where each principle is addressed: in words, then by the rows that map it. */
  const coverage = (scans: SectionScan<PrincipleScan>[]): PrincipleCoverage[] => {
    const mode = modeOf(scans);
    return principles.map(({ id, text }, index) => ({
      id,
      summary: text,
      addressedIn: [
        ...scans.flatMap(({ section, scan }) => {
          const location = scan.words[index];
          return location ? [{ section: section.id, location }] : [];
        }),
        ...(mode.kind === 'mapped' ? mode.rows.filter(({ row }) => maps(row, index)).map(({ section, row }) => ({ section, location: row.location })) : []),
      ],
    }));
  };

  /** A row maps a principle when its principle cell gives the principle's id ("f") or its words ("Stability"). */
  const maps = (row: MappedRow, index: number): boolean => {
    const id = principles[index]?.id.toLowerCase() ?? '';
    return idsIn(row.principle).includes(id) || (patterns[index]?.test(row.principle) ?? false);
  };

  return documentRule<PrincipleScan>({
    id: 'principles',
    scan: (section) => ({
      words: patterns.map((pattern) => findFirst(section, [pattern])),
      named: mapping ? findFirst(section, mapping.named) !== undefined : false,
      mappedInWords: mapping ? findFirst(section, [byId]) !== undefined || findAll(section, LABELLED_BY_WORDS).some(({ match }) => patterns.some((pattern) => pattern.test(match.groups?.['named'] ?? ''))) : false,
      rows: mapping ? mappedRows(section, mapping.column) : null,
    }),
    combine: (scans) => {
      const mode = modeOf(scans);
      if (mode.kind === 'unnamed' && mapping) return [{ severity: 'warning', section: DOCUMENT_SECTION, rule: 'principles-not-mapped', message: mapping.unnamed }];
      const covered = coverage(scans);
      return principles.flatMap((law, index): Finding[] => {
        const values = { id: law.id, citation: law.citation, text: law.text };
        if (mode.kind === 'mapped' && mapping) {
          if (mode.rows.some(({ row }) => maps(row, index))) return [];
          const pattern = patterns[index];
          const fitting = pattern ? mode.rows.filter(({ row }) => pattern.test(row.text)).slice(0, 2) : [];
          const suggestion = fitting.length === 0 ? '' : ` Its words fit ${fitting.map(({ row }) => quoteRow(row)).join(' and ')}.`;
          return [{ severity: 'warning', section: DOCUMENT_SECTION, rule: 'principle-not-mapped', message: fillIn(mapping.unmapped, { ...values, suggestion }) }];
        }
        if ((covered[index]?.addressedIn.length ?? 0) > 0) return [];
        return [{ severity: 'warning', section: DOCUMENT_SECTION, rule: 'principle-not-addressed', message: fillIn(params.message, values) }];
      });
    },
    coverage,
  });
}
