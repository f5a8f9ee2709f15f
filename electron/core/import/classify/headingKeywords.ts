import { UNSORTED } from '../../../../shared/import/types.js';

/**
 * What the words of a heading say about the section it opens. Each section
 * has a family of patterns; a "defining" pattern (weight ≥ 1) names the
 * section outright ("Terms of Reference", "Our Pledge"), a weaker one only
 * leans towards it ("councillors", "framework"). Headings that close a
 * document ("Conclusion") map to UNSORTED on purpose: the template has no
 * place for them.
 */

interface Cue {
  pattern: RegExp;
  weight: number;
}

const DEFINING = 1;
const LEANING = 0.4;

const cue = (pattern: RegExp, weight: number): Cue => ({ pattern, weight });

export const HEADING_CUES: Record<string, Cue[]> = {
  'foreword-young-people': [
    cue(/\b(foreword|forward|introduction|message|letter|words?|welcome|note)\b.*\b(young people|children|young person|care council|cicc|care leavers)\b/, 1.6),
    cue(/\b(young people|children|care leavers)('s|s')? (foreword|message|letter|voice)\b/, 1.6),
    cue(/\bby (our )?(young people|children)\b/, 1),
  ],
  'foreword-leadership': [
    cue(/\b(foreword|forward|preface|welcome)\b/, DEFINING),
    cue(/\b(letter|message|statement|words?) (from|by)\b/, DEFINING),
    cue(/\b(cabinet|lead) member\b|\bleader of the council\b|\bdirector of\b|\bchief executive\b|\bportfolio holder\b/, LEANING),
  ],
  introduction: [
    cue(/\bintroduction\b|\bintroducing\b/, DEFINING),
    cue(/^corporate parenting$/, DEFINING),
    cue(/\bwhat (is|does|do|are) (a )?corporate parent/, DEFINING),
    cue(/\bbackground\b|\bpurpose of (this|the) (strategy|document)\b|\babout (this|the) (strategy|document)\b|\bscope\b/, DEFINING),
    cue(/\bcorporate parent(ing|s)?\b/, LEANING),
    cue(/\blooked after children\b|\bcare leavers\b|\bwho (are|is)\b|\bdefinition\b/, 0.3),
  ],
  vision: [
    cue(/\bvision\b|\bambitions?\b|\baspirations?\b|\bour values\b|\bcommitment\b/, DEFINING),
    cue(/\bprinciples\b|\bwhat we want\b|\bbelieve\b|\bethos\b/, LEANING),
  ],
  'local-context': [
    cue(/\bcontext\b|\bprofile\b|\bfacts and figures\b|\bstatistics?\b|\bdata\b|\bneeds? (analysis|assessment)\b|\bin numbers\b|\bthe numbers\b/, DEFINING),
    cue(/\boutcomes\b|\bpopulation\b|\bour children\b|\bnational and local\b|\bhow (are|is) .* doing\b/, LEANING),
  ],
  legislation: [
    cue(/\blegislat|\blegal\b|\bstatutory\b|\bpolicy framework\b|\blaw\b|\bregulations?\b/, DEFINING),
    cue(/\bframework\b|\bguidance\b|\bacts?\b|\bduties\b/, LEANING),
  ],
  pledge: [
    cue(/\bpledges?\b|\bpromises?\b|\bcharter\b|\bour offer\b|\blocal offer\b|\bguarantee\b/, DEFINING),
    cue(/\boffer\b|\bcommitments? to (you|children|young people)\b/, LEANING),
  ],
  roles: [
    cue(/\broles?\b|\bresponsibilit/, DEFINING),
    cue(/\bwho (are|is) (the |our )?corporate parents?\b|\bwho does what\b/, DEFINING),
    cue(/\bcouncillors\b|\belected members\b|\bmembers\b|\bpartners\b|\bfoster carers\b|\bdepartments\b|\bdelivering\b|\bofficers\b|\bsenior managers\b|\bsocial workers\b/, LEANING),
    cue(/\bteachers\b|\bschools\b|\bvirtual (school|head)\b|\bhealth\b|\bhousing\b|\bproviders\b|\borganisations\b|\bservices\b|\bstaff\b|\bpolice\b/, 0.3),
  ],
  participation: [
    cue(/\bparticipation\b|\bvoices?\b|\binvolv|\blistening\b|\bhaving (a|their|your) say\b|\bengag|\bconsult|\bco-?produc|\bhearing from\b/, DEFINING),
    cue(/\bchildren in care council\b|\bcicc\b|\bcare council\b|\bcare leavers'? (forum|group|council)\b|\byouth (council|forum)\b/, DEFINING),
    cue(/\bviews\b|\bfeedback\b|\brespect\b/, LEANING),
  ],
  governance: [
    cue(/\bgovernance\b|\bleadership\b|\baccountab/, DEFINING),
    cue(/\bcorporate parenting (board|panel|committee|group|partnership)\b/, DEFINING),
    cue(/\bboard\b|\bpanel\b|\bscrutiny\b|\boversight\b/, LEANING),
  ],
  priorities: [
    cue(/\bpriorit|\bworkstreams?\b|\baction plan\b|\bobjectives\b|\bwhat we will do\b|\bkey areas\b|\bour focus\b/, DEFINING),
    cue(/\bgoals?\b|\baims\b|\bdelivery plan\b|\bthemes\b/, LEANING),
  ],
  measures: [
    cue(/\bmeasur|\bsuccess\b|\bperformance\b|\bindicators?\b|\bhow (will|do|would) we know\b|\btargets?\b|\bscorecard\b|\bkpis?\b/, DEFINING),
    cue(/\boutcomes? framework\b|\bimpact\b|\bdashboard\b/, LEANING),
  ],
  monitoring: [
    cue(/\bmonitor|\bevaluat|\bkeep(ing)? track\b|\bhow (we are|we're) doing\b|\breview(ing)? (of )?(the |this )?strategy\b|\bstrategy review\b|\breporting (on )?progress\b/, DEFINING),
    cue(/\breview\b|\breporting\b|\bprogress\b/, LEANING),
  ],
  'board-tor': [
    cue(/\bterms of reference\b|\bconstitution\b|\btor\b/, 2),
    cue(/\bmembership\b|\bquorum\b/, LEANING),
  ],
  'review-of-previous': [
    cue(/\b(previous|last|former|earlier) strategy\b|\bwhat we (have )?achieved\b|\bachievements\b|\bprogress (since|so far|made)\b|\blooking back\b|\bwhat we have done\b|\bwhere we are now\b/, 1.2),
  ],
  'related-documents': [
    cue(/\brelated (strategies|plans|documents|policies)\b|\bother (strategies|plans)\b|\bdrivers\b|\bstrategic plans?\b|\blinks? (to|with) other\b|\bhow this strategy (fits|links)\b/, 1.2),
    cue(/\bplans?\b|\bstrategies\b/, LEANING),
  ],
  glossary: [cue(/\bglossary\b|\bacronyms?\b|\babbreviations?\b|\bterms used\b|\bdefinitions\b|\bjargon\b/, 1.5)],
  contact: [cue(/\bcontacts?\b|\bfurther information\b|\bget in touch\b|\bfind out more\b|\bcontact us\b/, 1.2)],
  [UNSORTED]: [cue(/^(conclusions?|summary|in summary|closing remarks|final word|next steps|acknowledgements?)$/, 1.5)],
};

export interface HeadingScore {
  scores: Map<string, number>;
  /** The section a defining pattern names, when one does (the highest-weighted if several). */
  defining: string | null;
  definingWeight: number;
}

/** Scores the words of a heading (numbering and "Appendix N" already removed, lower case). */
export function scoreHeading(words: string): HeadingScore {
  const scores = new Map<string, number>();
  let defining: string | null = null;
  let definingWeight = 0;
  for (const [section, cues] of Object.entries(HEADING_CUES)) {
    let score = 0;
    let earliest = Infinity;
    for (const { pattern, weight } of cues) {
      const match = pattern.exec(words);
      if (!match) continue;
      score += weight;
      earliest = Math.min(earliest, match.index);
      // Of two defining words ("vision and priorities"), the one named first usually leads.
      const effective = weight + 0.05 * (1 - earliest / Math.max(words.length, 1));
      if (weight >= DEFINING && effective > definingWeight) {
        defining = section;
        definingWeight = effective;
      }
    }
    if (score > 0) scores.set(section, Math.min(score, 2) + 0.05 * (1 - earliest / Math.max(words.length, 1)));
  }
  return { scores, defining, definingWeight };
}
