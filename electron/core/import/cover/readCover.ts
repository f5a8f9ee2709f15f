import type { ImportCover } from '../../../../shared/import/types.js';
import { readTitlePageDetails } from './titlePageDetails.js';

/**
 * Title-page fields as the document states them: the strategy's title and
 * period from its title or first lines ("Corporate Parenting Strategy
 * 2019–2022", "2017-20"), the council from the way councils name themselves
 * ("Westminster City Council", "London Borough of Bromley"). Anything not
 * found stays blank for the officer to fill in. The owner, version, date and
 * approving body come from the title page's own lines (see titlePageDetails).
 */

const PERIOD = /\b((?:19|20)\d{2})\s*(?:[-–—/]|to)\s*((?:19|20)?\d{2})\b/i;
const TITLE = /\b((?:[A-Za-z'’]+\s+){0,4}(?:strategy|plan|charter))\b/i;
const COUNCIL_PATTERNS = [
  /\b((?:London|Royal) Borough of [A-Z][a-z]+(?: (?:and|upon|on) [A-Z][a-z]+)?)\b/g,
  /\b((?:[A-Z][a-z]+[ -]){1,3}(?:City|County|Borough|District|Metropolitan Borough|Town) Council)\b/g,
  /\b(City of [A-Z][a-z]+ Council)\b/g,
  /\b([A-Z][a-z]+(?: [A-Z][a-z]+)? Council)\b/g,
];
/** Words that do not name a place: "Children in Care Council", "Full Council" and "the County Council" are not a council's name. */
const GENERIC_WORDS = new Set(
  'the full city county district borough town metropolitan royal london of youth school parish our each every this all living in care children young people leaving council'.split(' '),
);

function namesAPlace(name: string): boolean {
  return name.split(/[\s-]+/).some((word) => /^[A-Z]/.test(word) && !GENERIC_WORDS.has(word.toLowerCase().replace(/['’]s$/, '')));
}

export function readCover(title: string | null, openingLines: readonly string[], fullText: string): ImportCover {
  const council = readCouncil(fullText);
  // "Westfold Borough Council Corporate Parenting Strategy": the council's name is the council field's, not the title's.
  const lines = [title ?? '', ...openingLines].map((line) => (council === '' ? line : line.split(council).join(' ')));
  const titleSource = lines.find((line) => TITLE.test(line)) ?? title ?? '';
  const periodSource = lines.find((line) => PERIOD.test(line)) ?? '';
  const period = readPeriod(periodSource);
  return { council, title: tidyTitle(titleSource), periodStart: period?.[0] ?? null, periodEnd: period?.[1] ?? null, ...readTitlePageDetails(openingLines) };
}

/** A line a title page is made of: the strategy's name ("Corporate Parenting Strategy"), its period or year, or a council's name. */
export function isCoverLine(text: string): boolean {
  const line = writtenNormally(text);
  return TITLE.test(line) || PERIOD.test(line) || /\b(?:19|20)\d{2}\b/.test(line) || COUNCIL_PATTERNS.some((pattern) => [...line.matchAll(pattern)].some((match) => namesAPlace((match[1] ?? '').trim())));
}

/** Title pages shout ("MARSHFIELD BOROUGH COUNCIL"): a line in capitals is read as its words written normally. */
function writtenNormally(line: string): string {
  return /[A-Z]{3}/.test(line) && line === line.toUpperCase() ? line.toLowerCase().replace(/(^|[^\p{L}'’])(\p{L})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`) : line;
}

function readPeriod(text: string): [number, number] | null {
  const match = PERIOD.exec(text);
  if (!match) return null;
  const start = Number(match[1]);
  const endText = match[2] ?? '';
  const end = endText.length === 2 ? Math.floor(start / 100) * 100 + Number(endText) : Number(endText);
  return end > start && end - start <= 10 ? [start, end] : null;
}

function tidyTitle(text: string): string {
  const match = TITLE.exec(text);
  if (!match) return '';
  // "Our Corporate Parenting Strategy": the possessive belongs to the sentence, not to the title.
  const all = (match[1] ?? '').replace(/\s+/g, ' ').trim().replace(/^(?:our|the|this|a|an|new)\s+(?=\S+\s)/i, '');
  // "THE LONDON BOROUGH Corporate Parenting Strategy": shouted words in front of a normally written title belong to the line above.
  const words = all === all.toUpperCase() ? all : all.replace(/^(?:[A-Z]{2,}\s+)+(?=[A-Z][a-z])/, '');
  // Title pages shout ("CORPORATE PARENTING STRATEGY"); the draft's title is written normally.
  return words === words.toUpperCase() ? words.toLowerCase().replace(/\b[a-z]/g, (letter) => letter.toUpperCase()) : words;
}

/** The council named most often, preferring the fuller forms ("Westminster City Council" over "Westminster Council"). */
function readCouncil(fullText: string): string {
  const text = fullText.split('\n').map(writtenNormally).join('\n');
  for (const pattern of COUNCIL_PATTERNS) {
    const counts = new Map<string, number>();
    for (const match of text.matchAll(pattern)) {
      const name = (match[1] ?? '').trim().replace(/^(The|the)\s+/, '');
      if (!namesAPlace(name)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) return best[0];
  }
  return '';
}
