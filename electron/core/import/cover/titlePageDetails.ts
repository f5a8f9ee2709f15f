import type { NodeJSON } from '../../../../shared/model/draft.js';
import { nodeText } from '../readers/inlineText.js';

/**
 * The document-control details a title page states before the first chapter,
 * as labelled lines ("Strategy owner: Director of Children's Services",
 * "Approved by: Full Council, 26 March 2025", "Version: 2.0") or as sentences
 * ("Owned by the Executive Director of People. Adopted by Full Council on
 * 15 July 2026."). Only what is stated is read; anything else stays blank.
 */

export interface TitlePageDetails {
  owner?: string;
  version?: string;
  /** ISO date (YYYY-MM-DD) of this version: a dated line, else the date it was approved. */
  date?: string;
  approvingBody?: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const WRITTEN_DATE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+((?:19|20)\\d{2})\\b`, 'i');
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b|\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;

const OWNER_LABEL = /^\s*(?:strategy |document |lead |responsible )?(?:owner|lead officer|lead|responsible officer|author)\s*[:–—-]\s*(.+)$/i;
const OWNED_BY = /\b(?:owned|led)\s+by\s+(?:the\s+)?([^.;\n]+)/i;
const VERSION = /\b(version|draft)\b\s*(?:number|no\.?)?\s*[:–—-]?\s*(v?\d+(?:\.\d+)*[a-z]?)\b/i;
/** Where a version is going ("Version 2.1 – for Full Council, 11 December 2025"): the body that will approve it. */
const GOING_TO = /[–—-]\s*for\s+(?:the\s+)?(\p{Lu}[^,.;\n]*?)(?=\s+(?:on|in|at|dated)\b|\s+\d|[,.;\n(]|$)/u;
/** "Jo Bloggs, Director of Family Services" signs as a person, who may or may not own the strategy: left for the officer. */
const A_PERSON = /\b(?:director|head|manager|officer|councillor|cllr|member|chair)\b/i;
/** A title-page line that only names a directorate or service ("Children, Families and Learning Directorate") names the strategy's owner. */
const OWNING_BODY = /^(?:the\s+)?(\p{Lu}[\p{L}'’,& ]{2,80}\s(?:Directorate|Department|Service|Services))$/u;
const DATE_LABEL = /^\s*(?:date|dated|date of (?:this )?(?:version|issue|approval|adoption|publication)|date (?:approved|adopted|agreed|published|issued)|(?:approved|adopted|published|issued) on|published|issued|last updated)\s*[:–—-]\s*(.+)$/i;
const REVIEW = /\breview\b|\bexpir/i;
/** Who decided: adopting or approving outranks agreeing or endorsing on the way ("Endorsed by Cabinet and approved by Council"); a body's own "and" ("Education and Children's Services Committee") is part of its name. */
const DECIDED_BY = /\b(adopted|approved|ratified|for approval|for adoption|to be approved|to be adopted|agreed|endorsed|signed off)\s*(?:by)?\s*[:–—-]?\s*(?:by\s+)?(?:the\s+)?([^,.;\n]*?)(?=\s+(?:on|in|at|dated|from|and\s+(?:then\s+)?(?:adopted|approved|ratified|agreed|endorsed|signed|published|owned|led|by|on|in))\b|\s+\d|[,.;\n(]|$)/gi;
const MAX_VALUE_CHARACTERS = 120;

/**
 * A title-page block as the lines it states. Word title pages often set
 * their details in a table of label and value cells ("Owner" | "Director
 * of Children's Services"): each row becomes one labelled line, as if typed
 * "Owner: Director of Children's Services".
 */
export function titlePageLines(node: NodeJSON): string[] {
  if (node.type !== 'table') return [nodeText(node)];
  return (node.content ?? []).map((row) => {
    const cells = (row.content ?? []).map((cell) => nodeText(cell).replace(/\s+/g, ' ').trim()).filter((cell) => cell !== '');
    return cells.length === 2 && !/[:：]\s*$/.test(cells[0] ?? '') ? `${cells[0]}: ${cells[1]}` : cells.join(' ');
  });
}

/** "March 2026" on a line of its own: a title page's date, though too loose for the date field. */
const MONTH_YEAR_LINE = new RegExp(`^\\s*${MONTH}\\s+(?:19|20)\\d{2}\\s*$`, 'i');

/** A short line that states a document-control detail ("Version 2.1", "Approved by Cabinet", "Owner: …", "March 2026"): a title-page line, whatever its style. */
export function isTitlePageDetail(line: string): boolean {
  return MONTH_YEAR_LINE.test(line) || Object.keys(readTitlePageDetails([line])).length > 0;
}

export function readTitlePageDetails(lines: readonly string[]): TitlePageDetails {
  const segments = lines.flatMap((line) => line.split('\n')).flatMap((line) => line.split(/(?<=[\p{L}\d)]\.)\s+(?=\p{Lu})/u)).map((segment) => segment.trim()).filter((segment) => segment !== '');
  const details: TitlePageDetails = {};
  const owner = firstOf(segments, (segment) => OWNER_LABEL.exec(segment)?.[1] ?? OWNED_BY.exec(segment)?.[1]) ?? firstOf(segments, (segment) => (A_PERSON.test(segment) ? undefined : OWNING_BODY.exec(segment)?.[1]));
  if (owner) details.owner = owner.replace(/^the\s+/i, '');
  const version = firstOf(segments, (segment) => (REVIEW.test(segment) ? undefined : versionOf(segment)));
  if (version) details.version = version;
  const decision = approval(segments);
  if (decision) details.approvingBody = decision.body;
  const date = firstOf(segments, (segment) => {
    const labelled = DATE_LABEL.exec(segment)?.[1];
    return labelled ? isoDate(labelled) : undefined;
  }) ?? firstOf(segments, (segment) => (VERSION.test(segment) && !REVIEW.test(segment) ? isoDate(segment) : undefined)) ?? decision?.date;
  if (date) details.date = date;
  return details;
}

/** "Version 2.1" → "2.1"; a draft keeps its word ("Draft 4"), as a reader would want it stated. */
function versionOf(segment: string): string | undefined {
  const match = VERSION.exec(segment);
  if (!match) return undefined;
  return /^draft$/i.test(match[1] ?? '') ? `Draft ${match[2] ?? ''}` : match[2];
}

function approval(segments: readonly string[]): { body: string; date: string | undefined } | undefined {
  let best: { rank: number; body: string; date: string | undefined } | undefined;
  for (const segment of segments) {
    if (REVIEW.test(segment)) continue;
    for (const match of segment.matchAll(DECIDED_BY)) {
      const body = tidy(match[2] ?? '');
      if (!/^[A-Z]/.test(body)) continue;
      const rank = /agreed|endorsed|signed off/i.test(match[1] ?? '') ? 1 : 2;
      if (best && best.rank >= rank) continue;
      best = { rank, body, date: isoDate(segment.slice(match.index)) };
    }
    const goingTo = VERSION.test(segment) ? GOING_TO.exec(segment) : null;
    if (goingTo && !best) best = { rank: 1, body: tidy(goingTo[1] ?? ''), date: isoDate(segment) };
  }
  return best && { body: best.body, date: best.date };
}

function firstOf(segments: readonly string[], read: (segment: string) => string | undefined): string | undefined {
  for (const segment of segments) {
    const value = read(segment);
    const tidied = value === undefined ? '' : tidy(value);
    if (tidied) return tidied;
  }
  return undefined;
}

function tidy(value: string): string {
  const text = value.replace(/\s+/g, ' ').replace(/[\s.,;:]+$/, '').trim();
  return text.length <= MAX_VALUE_CHARACTERS ? text : '';
}

/** The first whole date in the text ("26 March 2025", "26/03/2025", "2025-03-26"), as an ISO date; a month alone is not a date. */
function isoDate(text: string): string | undefined {
  const written = WRITTEN_DATE.exec(text);
  if (written) {
    const month = MONTHS.findIndex((name) => name.startsWith((written[2] ?? '').toLowerCase().slice(0, 3))) + 1;
    return validDate(Number(written[3]), month, Number(written[1]));
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (!numeric) return undefined;
  return numeric[4] ? validDate(Number(numeric[4]), Number(numeric[5]), Number(numeric[6])) : validDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
