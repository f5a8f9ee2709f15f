/**
 * What the body of a part says about its section, from signals any
 * strategy shows: promises in the first person plural are a pledge, quorum
 * and membership are terms of reference, rates per 10,000 are local context,
 * Acts of Parliament are the legal framework. Each signal is counted and
 * saturates, so a long part does not win on length alone.
 */

interface Signal {
  pattern: RegExp;
  /** How many matches make the signal count in full. */
  saturation: number;
  weight: number;
}

const signal = (pattern: RegExp, saturation: number, weight = 1): Signal => ({ pattern, saturation, weight });

export const CONTENT_SIGNALS: Record<string, Signal[]> = {
  'foreword-young-people': [
    signal(/\bwe,? as (the )?(children|young people|care leavers)\b|\bas (young people|children) in care\b|\bi (am|was|have been|'ve been) in care\b|\bmy (social worker|foster carers?|carers?)\b/g, 1, 0.9),
    signal(/\bour (social workers?|foster carers|carers)\b/g, 2, 0.3),
  ],
  'foreword-leadership': [
    signal(/\b(cllr|councillor|cabinet member|lead member|director of|chief executive)\b/g, 2, 0.4),
    signal(/\bi am (pleased|delighted|proud|clear|committed)\b|\bdear colleagues\b|\bi want\b/g, 1, 0.5),
  ],
  introduction: [
    signal(/\b(looked after|in care)\b[^.]{0,60}\b(means|is defined|refers to|if they are|when they are)\b|\bbecomes? (their )?corporate parents?\b|\bcorporate parent(ing)? (means|is)\b/g, 2, 0.6),
    signal(/\bthis (strategy|document) (sets out|describes|explains|outlines)\b|\bthe purpose of this\b/g, 1, 0.4),
  ],
  vision: [
    signal(/\bvision\b|\bambitio|\baspiration|\bgood enough for my (own )?child\b|\bif (this|it) were my (own )?child\b|\bwould (i|we) want for (my|our) own\b/g, 3, 0.7),
  ],
  'local-context': [
    signal(/\bper 10,?000\b|\bstatistical neighbours?\b|\bnational average\b|\bcomparator\b|\bas at 31(st)? march\b/g, 2, 1),
    signal(/\d+(\.\d+)?\s?%/g, 6, 0.5),
    signal(/\b\d{2,4} (looked after )?(children|young people|care leavers)\b/g, 3, 0.4),
  ],
  // "… Children Act 1989": judged from the character before " act", because a pattern that first reads back over the Act's name is quadratic in a long paragraph.
  legislation: [signal(/[a-z()'] act (?:19|20)\d{2}\b/g, 4, 1.1), signal(/\bsection \d+\b|\bs\.?\s?\d+\(\d\)|\bstatutory guidance\b|\bregulations\b/g, 3, 0.4)],
  pledge: [
    signal(/\bwe will\b|\bwe promise\b|\bwe pledge\b/g, 8, 0.6),
    signal(/\bpromise|\bpledge/g, 3, 0.4),
    signal(/\byou\b|\byour\b/g, 12, 0.3),
  ],
  roles: [
    signal(/\b(elected members|councillors|all members|officers|foster carers|senior managers|social workers|partners)\b/g, 6, 0.6),
    signal(/\bshould:|\bwill:|\bresponsib|\brole (of|is)\b/g, 4, 0.5),
  ],
  participation: [
    signal(/\bchildren in care council\b|\bcicc\b|\bcare leavers'? (forum|group)\b|\byouth (council|forum)\b/g, 2, 0.6),
    signal(/\bvoices?\b|\bviews\b|\bparticipat|\bconsult|\binvolv|\blisten|\bhave (a|their) say\b|\byou said,? we did\b/g, 6, 0.6),
  ],
  governance: [
    signal(/\bcorporate parenting (board|panel|committee)\b/g, 3, 0.6),
    signal(/\baccountab|\breports? to\b|\bchaired by\b|\bscrutin|\bhold(s)? [^\n]{0,200} to account\b/g, 3, 0.5),
  ],
  priorities: [
    signal(/\bpriorit/g, 4, 0.7),
    signal(/\bworkstream|\baction plan\b|\bobjective|\bby (march|april|the end of) (19|20)\d{2}\b/g, 3, 0.4),
  ],
  measures: [
    signal(/\bindicator|\bbaseline\b|\btarget|\bmeasures?\b|\bkpi\b|\bperformance\b/g, 5, 0.8),
    signal(/\bsurvey\b|\bhow (will|do) we know\b|\bsuccess\b/g, 3, 0.4),
  ],
  monitoring: [
    signal(/\bmonitor|\bannual report\b|\b(reviewed|refreshed) (annually|every|each year|in (19|20)\d{2})\b|\bevaluat|\bprogress (will|against)\b/g, 4, 0.9),
  ],
  'board-tor': [
    signal(/\bquorum|\bquorate\b|\bterms of reference\b|\bvice[- ]chair\b|\bvoting\b/g, 2, 1.1),
    signal(/\bmembership\b|\bmeet(s|ings)? (at least )?(quarterly|bi-monthly|monthly|every|four times|six times)\b|\bagenda\b|\bminutes\b|\bpapers\b/g, 3, 0.6),
  ],
  'review-of-previous': [signal(/\b(previous|last) strategy\b|\bwe have achieved\b|\bsince (our|the) last\b|\bover the (last|past) (two|three|four|\d) years\b/g, 2, 0.7)],
  'related-documents': [
    signal(/\b[a-z']+ (strategy|plan|offer)\b/g, 6, 0.4),
    signal(/\bsufficiency\b|\blocal offer\b|\bcorporate plan\b|\bchildren and young people's plan\b/g, 2, 0.4),
  ],
  glossary: [signal(/(^|\n)[a-z]{2,6}\s*[-–:=]\s+[a-z]/g, 5, 1)],
  contact: [signal(/(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.[\w.]+|\b0\d{3,4} ?\d{3} ?\d{3,4}\b/g, 2, 0.8)],
};

/** Scores lower-cased text; a section absent from the map has no signal. */
export function scoreContent(text: string): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [section, signals] of Object.entries(CONTENT_SIGNALS)) {
    let score = 0;
    for (const { pattern, saturation, weight } of signals) {
      const count = text.match(pattern)?.length ?? 0;
      score += weight * Math.min(count / saturation, 1);
    }
    if (score > 0) scores.set(section, score);
  }
  return scores;
}
