import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/completeness/index.js';
import { emptyCover } from '../../../shared/model/draft.js';
import { p } from '../completeness/fixtures/build.js';
import { loadTemplates } from '../../../electron/core/templates/loadTemplates.js';
import { convertMarkdown } from '../../../shared/model/markdown.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import type { Template, TemplateSection } from '../../../shared/template/template.js';

/**
 * The content of the England 2026 pack: its law library, its terminology and
 * the text of its sections, checked against each other so that a correction
 * to one file cannot quietly contradict another.
 */

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));

function england(): Template {
  const { templates, problems } = loadTemplates(templatesDir);
  expect(problems).toEqual([]);
  const template = templates.find((candidate) => candidate.id === 'england-strategy');
  if (!template) throw new Error('england-strategy was not loaded');
  return template;
}

const pack = england();

function section(id: string): TemplateSection {
  const found = pack.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function instrument(id: string): Template['law']['instruments'][number] {
  const found = pack.law.instruments.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no instrument ${id}`);
  return found;
}

const matches = (pattern: string, text: string): boolean => new RegExp(pattern, 'iu').test(text);
const recognises = (id: string, text: string): boolean => instrument(id).recognisedBy.some((pattern) => matches(pattern, text));

function guidanceText(candidate: TemplateSection): string[] {
  const { summary, include, goodLooksLike, questions } = candidate.guidance;
  return [candidate.title, summary, ...include, ...goodLooksLike, ...questions];
}

function text(node: NodeJSON): string {
  return (node.text ?? '') + (node.content ?? []).map(text).join(node.type === 'paragraph' || node.type === 'heading' ? '' : '\n');
}

function headings(id: string): string[] {
  return (convertMarkdown(section(id).starter ?? '').doc.content ?? []).filter((block) => block.type === 'heading').map(text);
}

/** The instrument ids every part of the app refers to (PACK.md); they must never change. */
const AGREED_INSTRUMENTS = [
  'children-act-1989',
  'children-leaving-care-act-2000',
  'children-social-work-act-2017',
  'children-act-2004',
  'children-young-persons-act-2008',
  'children-families-act-2014',
  'care-leavers-england-regulations-2010',
  'equality-act-2010',
  'children-wellbeing-schools-act-2026',
  'working-together-2023',
  'working-together-2018',
  'national-framework-2023',
  'stable-homes-built-on-love-2023',
  'kinship-care-strategy-2023',
  'care-leaver-covenant',
  'corporate-parenting-guidance-2018',
  'ofsted-ilacs',
];

describe('the England law library', () => {
  it('holds every instrument the other parts of the app refer to, each once', () => {
    const ids = pack.law.instruments.map((candidate) => candidate.id);
    for (const id of AGREED_INSTRUMENTS) expect(ids, id).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a sound chain of replacements: each leads to a newer instrument in force, without loops', () => {
    const superseded = pack.law.instruments.filter((candidate) => candidate.supersededBy !== undefined);
    expect(superseded.map((candidate) => [candidate.id, candidate.supersededBy])).toContainEqual(['working-together-2018', 'working-together-2023']);
    for (const start of superseded) {
      const seen = new Set<string>([start.id]);
      let current = start;
      while (current.supersededBy !== undefined) {
        const next = instrument(current.supersededBy);
        expect(seen.has(next.id), `${start.id} leads back to ${next.id}`).toBe(false);
        expect(next.year, `${current.id} is replaced by the older ${next.id}`).toBeGreaterThanOrEqual(current.year);
        seen.add(next.id);
        current = next;
      }
      expect(current.commencement, `${start.id} ends at ${current.id}`).not.toBe('awaiting-commencement');
    }
  });

  it('records the 2026 Act as partly in force, from Royal Assent, with Staying Close awaiting commencement', () => {
    const act = instrument('children-wellbeing-schools-act-2026');
    expect(act).toMatchObject({ citation: '2026 c. 21', commencement: 'partly-in-force', inForceFrom: '2026-04-29' });
    expect(act.source).toMatch(/^https:\/\/www\.legislation\.gov\.uk\/ukpga\/2026\/21\b/);
    expect(act.provisions.find((provision) => provision.ref === 's7')?.commencement).toBe('awaiting-commencement');
    expect(instrument('children-act-1989').provisions.find((provision) => provision.ref === 's23CZAA')?.commencement).toBe('awaiting-commencement');
  });

  it('cites each Act by its chapter and links every instrument to an https source', () => {
    for (const candidate of pack.law.instruments) {
      expect(candidate.source, candidate.id).toMatch(/^https:\/\//);
      if (candidate.kind === 'act') expect(candidate.citation, candidate.id).toMatch(/^\d{4} c\. \d+$/);
      if (candidate.kind === 'act') expect(candidate.citation.slice(0, 4), candidate.id).toBe(String(candidate.year));
    }
  });

  it('recognises each instrument by its own title and by no other instrument’s title', () => {
    for (const candidate of pack.law.instruments) {
      expect(recognises(candidate.id, `as set out in the ${candidate.title}.`), candidate.id).toBe(true);
      for (const other of pack.law.instruments) {
        if (other.id !== candidate.id) expect(recognises(candidate.id, other.title), `${candidate.id} matches "${other.title}"`).toBe(false);
      }
    }
  });

  it('recognises the titles councils commonly get wrong', () => {
    expect(recognises('children-act-1989', 'under the Childrens Act 1989')).toBe(true);
    expect(recognises('children-act-1989', 'the Children’s Act 1989')).toBe(true);
    expect(recognises('children-leaving-care-act-2000', 'the Children Leaving Care Act 2000')).toBe(true);
    expect(recognises('children-young-persons-act-2008', 'the Children and Young People Act 2008')).toBe(true);
    expect(recognises('children-social-work-act-2017', 'the Children & Social Work Act 2017')).toBe(true);
    expect(recognises('children-wellbeing-schools-act-2026', "the Children's Well-being and Schools Bill")).toBe(true);
    expect(recognises('care-leaver-covenant', "the Care Leavers' Covenant")).toBe(true);
    expect(recognises('children-act-1989', 'the Children and Families Act 2014')).toBe(false);
    expect(recognises('working-together-2023', 'Working Together to Safeguard Children 2018')).toBe(false);
  });

  it('finds the core Acts and the 2026 Act in the legal framework the pack starts from', () => {
    const starter = section('legislation').starter ?? '';
    for (const id of ['children-act-1989', 'children-leaving-care-act-2000', 'children-social-work-act-2017', 'children-wellbeing-schools-act-2026', 'working-together-2023', 'national-framework-2023', 'equality-act-2010']) {
      expect(recognises(id, starter), id).toBe(true);
    }
    expect(recognises('working-together-2018', starter)).toBe(false);
  });

  it('lists the seven corporate parenting principles (a) to (g), each with cues that find the ways councils phrase it', () => {
    expect(pack.law.principles.map((principle) => principle.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const phrasing: Record<string, string> = {
      a: 'we will look after your mental health',
      b: 'you will always have your say',
      c: 'you said, we did',
      d: 'our local offer sets out what you can get',
      e: 'we are ambitious for you',
      f: 'a settled home where you feel safe',
      g: 'getting ready for independent living',
    };
    for (const principle of pack.law.principles) {
      expect(principle.citation, principle.id).toBe(`Children and Social Work Act 2017, s1(1)(${principle.id})`);
      expect(principle.cues.some((cue) => matches(cue, phrasing[principle.id] ?? '')), principle.id).toBe(true);
    }
  });

  it('reads council services given priority or free as access to services, and moving on to a home or job as adult life, but not the words alone', () => {
    const addresses = (id: string, sentence: string): boolean => pack.law.principles.find((principle) => principle.id === id)?.cues.some((cue) => matches(cue, sentence)) ?? false;
    expect(addresses('d', 'Housing and leisure colleagues make sure care leavers get priority.')).toBe(true);
    expect(addresses('d', 'The housing market is difficult for everyone.')).toBe(false);
    expect(addresses('g', 'Moving on: a home, a job or course, and a trusted adult.')).toBe(true);
    expect(addresses('g', 'We are moving on to the next chapter.')).toBe(false);
  });
});

describe('the England terminology', () => {
  const discouraged = (sentence: string): string[] => pack.terminology.discouraged.filter((entry) => matches(entry.pattern, sentence)).map((entry) => entry.prefer);
  const superseded = (sentence: string): string[] => pack.terminology.superseded.filter((entry) => matches(entry.pattern, sentence)).map((entry) => entry.now);

  it('warns about the words young people dislike', () => {
    for (const sentence of ['The LAC team will visit.', 'Respite care is offered monthly.', 'Supervised contact takes place at the centre.', 'contact with their birth family', 'contact with birth parents is arranged weekly', 'when their placement ended', 'fewer placement breakdowns', 'children who abscond', 'hard-to-place teenagers']) {
      expect(discouraged(sentence), sentence).not.toEqual([]);
    }
  });

  it('leaves "contact", "placement" and "lac" alone where they are ordinary words', () => {
    for (const sentence of ['Contact details are at the back.', 'Please contact the team.', 'a named point of contact', 'How to contact your social worker', 'staff who have direct contact with children in care', 'schools keep in contact with parents about attendance', 'the placement sufficiency strategy', 'placement stability has improved', 'a lack of homes', 'lace and black']) {
      expect(discouraged(sentence), sentence).toEqual([]);
    }
  });

  it('names what replaced each superseded body, document or measure, and since when', () => {
    const replaced: [string, RegExp][] = [
      ['the DCSF guidance', /Department for Education/],
      ['the DfES', /Department for Education/],
      ['our CCG partners', /integrated care board/],
      ['the Local Safeguarding Children Board', /safeguarding partners/],
      ['Working Together (2015)', /2023/],
      ['Working Together to Safeguard Children 2013', /2023/],
      ['5 A*-C including English and maths', /Attainment 8/],
      ['five A* to C grades', /Attainment 8/],
      ['a statement of special educational needs', /education, health and care plan/],
      ["the Children's Wellbeing and Schools Bill", /Act 2026/],
    ];
    for (const [sentence, now] of replaced) expect(superseded(sentence).join(' '), sentence).toMatch(now);
    for (const entry of pack.terminology.superseded) expect(entry.since, entry.pattern).toMatch(/\d{4}/);
  });

  it('names a replaced edition of Working Together once, whether the terminology or the law library knows it', () => {
    const replacedInstruments = pack.law.instruments.filter((candidate) => candidate.supersededBy !== undefined);
    for (const sentence of ['Working Together to Safeguard Children 2018', 'Working Together (2015)', 'Working Together 2010']) {
      const byLaw = replacedInstruments.filter((candidate) => candidate.recognisedBy.some((pattern) => matches(pattern, sentence)));
      expect(superseded(sentence).length + byLaw.length, sentence).toBe(1);
    }
  });

  it('does not call current names superseded', () => {
    for (const sentence of ['Working Together to Safeguard Children 2023', 'the integrated care board', 'the local safeguarding children partnership', 'grade 4 or above in English and maths', "the Children's Wellbeing and Schools Act 2026", 'Department for Education']) {
      expect(superseded(sentence), sentence).toEqual([]);
    }
  });

  it('defines each acronym once and keeps the universally known ones apart', () => {
    const shorts = pack.terminology.acronyms.map((entry) => entry.short);
    expect(new Set(shorts).size).toBe(shorts.length);
    for (const known of ['GCSE', 'NHS', 'UK']) expect(pack.terminology.universallyKnown).toContain(known);
    for (const short of shorts) expect(pack.terminology.universallyKnown, short).not.toContain(short);
    for (const short of ['CAMHS', 'CiCC', 'CLA', 'CP', 'CSE', 'DCS', 'DfE', 'EET', 'NEET', 'EHCP', 'ICB', 'IRO', 'LAC', 'LSCP', 'PA', 'PEP', 'SDQ', 'SGO', 'SSDA903', 'UASC']) {
      expect(shorts, short).toContain(short);
    }
  });
});

/** Capitals with another capital or a digit close behind: ICB, CiCC, DfE, SSDA903 (ordinary capitalised words never match). */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}?[\p{Lu}\p{N}][\p{L}\p{N}]*(?![\p{L}\p{N}])/gu;

describe('the text of the England pack', () => {
  it('never uses a word young people dislike, in its guidance or its starters', () => {
    for (const candidate of pack.sections) {
      for (const line of [...guidanceText(candidate), candidate.starter ?? '']) {
        const found = pack.terminology.discouraged.filter((entry) => matches(entry.pattern, line));
        expect(found.map((entry) => entry.pattern), `${candidate.id}: ${line}`).toEqual([]);
      }
    }
  });

  it('starts no draft with a superseded name', () => {
    for (const candidate of pack.sections) {
      const found = pack.terminology.superseded.filter((entry) => matches(entry.pattern, candidate.starter ?? ''));
      expect(found.map((entry) => entry.pattern), candidate.id).toEqual([]);
    }
  });

  it('uses in its starters only acronyms the terminology defines or every reader knows', () => {
    const known = new Set([...pack.terminology.acronyms.map((entry) => entry.short), ...pack.terminology.universallyKnown]);
    for (const candidate of pack.sections) {
      for (const [token] of (candidate.starter ?? '').matchAll(ACRONYM)) {
        const singular = /^[\p{Lu}\p{N}]{2,}s$/u.test(token) ? token.slice(0, -1) : token;
        expect(known.has(singular), `${candidate.id}: ${token}`).toBe(true);
      }
    }
  });

  it('gives the four new sections their status and role', () => {
    expect(section('care-leavers-offer')).toMatchObject({ status: 'required', roles: ['care-leavers-offer'], appendix: false });
    expect(section('equality')).toMatchObject({ status: 'recommended', roles: [], appendix: false });
    expect(section('action-plan')).toMatchObject({ status: 'recommended', roles: ['action-plan'], appendix: false });
    expect(section('pledge-child-friendly')).toMatchObject({ status: 'recommended', roles: ['child-friendly'], appendix: false });
  });

  it('starts the care leavers’ offer with each entitlement young people ask about', () => {
    const found = headings('care-leavers-offer').join(' | ');
    for (const topic of [/local offer/i, /personal adviser/i, /Staying Put/, /Staying Close/, /council tax/i, /somewhere to live|housing/i, /apprenticeships/i, /Covenant/]) expect(found, String(topic)).toMatch(topic);
    expect(section('care-leavers-offer').starter).toMatch(/\[link to the local offer\]/);
    expect(section('care-leavers-offer').guidance.include.join(' ')).toMatch(/check commencement/);
  });

  it('starts the action plan with a table of action, linked priority, principles, owner and date', () => {
    const doc = convertMarkdown(section('action-plan').starter ?? '').doc;
    const table = (doc.content ?? []).find((block) => block.type === 'table');
    const header = (table?.content?.[0]?.content ?? []).map((cell) => text(cell).trim());
    expect(header).toEqual(['Action', 'Linked priority', 'Principle(s)', 'Owner', 'Date']);
    expect(table?.content).toHaveLength(2);
  });

  it('starts the plain-words pledge with promises to "you" and how to tell us when one is broken', () => {
    const starter = section('pledge-child-friendly').starter ?? '';
    expect(headings('pledge-child-friendly')).toEqual(['Our promises to you', 'If we break a promise']);
    expect(starter).toMatch(/advocate/i);
    expect(starter).toMatch(/complaint/i);
    const sentences = starter.replace(/\[[^\]]*\]/g, 'it').split(/[.!?]\s|\n/).map((sentence) => sentence.trim()).filter((sentence) => /\w/.test(sentence));
    for (const sentence of sentences) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(16);
  });

  it('starts the equality section with care experience, over-represented groups and the impact assessment', () => {
    const found = headings('equality').join(' | ');
    for (const topic of [/care experience/i, /over-represented/i, /impact assessment/i]) expect(found, String(topic)).toMatch(topic);
  });

  it('brings the corporate parents up to date: district councils, youth justice, Jobcentre Plus, the integrated care board and the bodies the 2026 Act names', () => {
    const roles = section('roles');
    const guidance = guidanceText(roles).join(' ');
    for (const body of [/district council/i, /youth justice/i, /Jobcentre Plus/, /integrated care board/i, /Children's Wellbeing and Schools Act 2026/, /Youth Justice Board/, /Care Quality Commission/, /Ofsted/]) expect(guidance, String(body)).toMatch(body);
    expect(`${guidance} ${roles.starter ?? ''}`).not.toMatch(/\bCCGs?\b/);
    const starterHeadings = headings('roles').join(' | ');
    for (const body of [/District councils/, /integrated care board/, /youth justice/, /Jobcentre Plus/, /named in law/]) expect(starterHeadings, String(body)).toMatch(body);
  });

  it('tells the author to check commencement of the 2026 Act in the legal framework', () => {
    const legislation = guidanceText(section('legislation')).join(' ');
    expect(legislation).toMatch(/Children's Wellbeing and Schools Act 2026/);
    expect(legislation).toMatch(/check commencement/);
    for (const guidance of ['Working Together to Safeguard Children 2023', 'National Framework', 'Stable Homes, Built on Love', 'kinship care strategy', 'Care Leaver Covenant', 'experiences and progress of care leavers']) {
      expect(legislation, guidance).toContain(guidance);
    }
  });

  it('offers the local-name slots every council fills once, each with a label and examples', () => {
    expect(pack.localNames.map((slot) => slot.id)).toEqual(['children-in-care-council', 'care-leavers-forum', 'corporate-parenting-board', 'director-title']);
    for (const slot of pack.localNames) {
      expect(slot.label.length, slot.id).toBeGreaterThan(10);
      expect(slot.examples.length, slot.id).toBeGreaterThan(1);
    }
  });
});

describe('the England pack judges the Board chapter across the document', () => {
  const board = (monitoring: string) =>
    checkDraft({ cover: { ...emptyCover(), council: 'Dunmere Council', title: 'Corporate Parenting Strategy', periodStart: 2025, periodEnd: 2028 }, sections: [{ id: 'monitoring', doc: { type: 'doc', content: [p(monitoring)] } }] }, pack).findings.find(
      (finding) => finding.section === 'governance',
    );

  it('says where the Board is described when its chapter has no text of its own, and still calls it missing when nothing describes it', () => {
    const described = board('The Corporate Parenting Board oversees this strategy. It is chaired by the Cabinet Member for Children and reports to Cabinet twice a year; the Corporate Parenting Board holds every partner to account.');
    expect(described).toMatchObject({ severity: 'info', rule: 'governance.found-elsewhere' });
    expect(board('We will publish an annual report on the strategy each summer.')?.rule).toBe('governance.missing');
  });
});

describe('the England pack takes a foreword signed by its writers', () => {
  const attributionFinding = (...paragraphs: string[]) =>
    checkDraft({ cover: { ...emptyCover(), council: 'Dunmere Council', title: 'Corporate Parenting Strategy', periodStart: 2025, periodEnd: 2028 }, sections: [{ id: 'foreword-young-people', doc: { type: 'doc', content: paragraphs.map((text) => p(text)) } }] }, pack).findings.find(
      (finding) => finding.rule === 'foreword-young-people.attribution',
    );
  const body = 'We want our workers to stay long enough to know us. We want to live near our brothers and sisters and our friends.';

  it('by a signature line, whoever signs it, or by a group saying who it is', () => {
    expect(attributionFinding(body, 'The Lantern Crew, June 2026')).toBeUndefined();
    expect(attributionFinding(body, 'Jordan Ahmed, 2025')).toBeUndefined();
    expect(attributionFinding('We are Tide Turners, the group for young people in care here.', body)).toBeUndefined();
  });

  it('but still asks who wrote it when nothing says so', () => {
    expect(attributionFinding(body, 'We hope you will read this, because in June 2026 we will check.')).toMatchObject({ severity: 'warning' });
  });
});
