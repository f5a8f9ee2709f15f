import type { Template } from '../../template/template.js';
import type { ElementCheck, SectionRule } from './sectionRule.js';

interface Statute {
  element: string;
  name: string;
  pattern: RegExp;
}

/** The statutes every strategy must cite, by nation (England's three Acts unless the template is for another nation). */
const STATUTES: Record<Template['nation'], Statute[]> = {
  England: [
    { element: 'children-act-1989', name: 'the Children Act 1989 (the s22 general duty)', pattern: /\bChildren Act\s+(?:of\s+)?1989\b/i },
    { element: 'leaving-care-act-2000', name: 'the Children (Leaving Care) Act 2000', pattern: /\bChildren\s*\(?\s*Leaving Care\s*\)?\s*Act\s+(?:of\s+)?2000\b/i },
    { element: 'children-and-social-work-act-2017', name: 'the Children and Social Work Act 2017 (the corporate parenting principles)', pattern: /\bChildren and Social Work Act\s+(?:of\s+)?2017\b/i },
  ],
  Wales: [{ element: 'social-services-wellbeing-wales-act-2014', name: 'the Social Services and Well-being (Wales) Act 2014', pattern: /\bSocial Services and Well-?being \(Wales\) Act\s+2014\b/i }],
  Scotland: [{ element: 'children-young-people-scotland-act-2014', name: 'the Children and Young People (Scotland) Act 2014', pattern: /\bChildren and Young People \(Scotland\) Act\s+2014\b/i }],
  'Northern Ireland': [
    { element: 'children-ni-order-1995', name: 'the Children (Northern Ireland) Order 1995', pattern: /\bChildren \(Northern Ireland\) Order\s+1995\b/i },
    { element: 'leaving-care-ni-act-2002', name: 'the Children (Leaving Care) Act (Northern Ireland) 2002', pattern: /\bChildren \(Leaving Care\) Act \(Northern Ireland\)\s+2002\b/i },
  ],
};

export const legislationRule: SectionRule = {
  sectionId: 'legislation',
  check(context, { template }) {
    return STATUTES[template.nation].map(
      (statute): ElementCheck => ({ element: statute.element, passed: statute.pattern.test(context.text), message: `Cite ${statute.name}, with its year.` }),
    );
  },
};
