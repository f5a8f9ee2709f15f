import type { Span } from './text.js';

/**
 * Finding people's names without a list of names: two or three capitalised
 * words in a row, none of which is a word that is capitalised for another
 * reason (a role, an organisation, a month, a word that starts a sentence).
 * It errs towards finding too many, because a child's name published without
 * consent is the costlier mistake.
 */

const NOT_NAME_WORDS = new Set(
  `a an and the of for in on at to by with from our your their my we you they he she it i me us them his her its this that these those there here
  what when where why how who which while if as so but or because after before during until since then now also all every each some any no not
  yes thank thanks thankyou dear hello hi love best wishes kind regards warm sincerely together being having having doing just only more most many
  much very really please let lets let's let’s sometimes often always never everyone everybody someone nobody people children child young person
  care council councils councillor councillors cllr lead leader member members cabinet portfolio holder director directors executive chief
  corporate corporately parent parents parenting parental board panel committee group forum network voice team service services social worker
  workers officer officers head school schools virtual college university academy nhs health trust hospital police fire housing foundation
  children's childrens young people's leavers leaver leaving looked after foster fostering carer carers adoption independent reviewing
  strategy plan pledge promise promises charter offer local authority county city borough district metropolitan royal london england
  britain british english wales welsh scotland scottish northern ireland uk united kingdom government department education mr mrs ms miss dr
  sir dame lord lady mayor deputy vice chair chairperson cabinet portfolio assistant partnership partners partner commissioner integrated
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  spring summer autumn winter christmas easter eid diwali new year day week month act acts section appendix chapter part page table figure
  ofsted dfe camhs cicc iro pep`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

const CAPITALISED_PAIR = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}[\p{Ll}'’]+)?)[ \u00a0]+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?![\p{L}\p{N}])/gu;

export interface NameMatch extends Span {
  name: string;
}

export function findPersonNames(text: string): NameMatch[] {
  const names: NameMatch[] = [];
  CAPITALISED_PAIR.lastIndex = 0;
  for (let match = CAPITALISED_PAIR.exec(text); match !== null; match = CAPITALISED_PAIR.exec(text)) {
    const first = match[1] ?? '';
    const last = match[2] ?? '';
    if (isNameWord(first) && isNameWord(last)) names.push({ start: match.index, end: match.index + match[0].length, name: `${first} ${last}` });
    else CAPITALISED_PAIR.lastIndex = match.index + first.length;
  }
  return names;
}

function isNameWord(word: string): boolean {
  return word.length >= 2 && !NOT_NAME_WORDS.has(word.toLowerCase()) && !NOT_NAME_WORDS.has(word.toLowerCase().replace(/['’]s$/, ''));
}

/** Names compare without regard to case, accents or spacing. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}
