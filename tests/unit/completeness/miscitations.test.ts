import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/completeness/index.js';
import { miscitationsRule } from '../../../shared/completeness/documentRules/miscitations.js';
import { compileRules } from '../../../shared/completeness/registry.js';
import { emptyCover } from '../../../shared/model/draft.js';
import { paras } from './fixtures/build.js';
import { runDocumentRule } from './fixtures/runDocumentRule.js';
import { templateWith, testTemplate } from './fixtures/template.js';

/** A law cited by a title it does not have, from the wrong forms a pack lists. */

const rule = miscitationsRule({ citations: [{ pattern: '\\b(?:the )?fostering care act,? 1999\\b', correct: 'Children (Fostering Care) Act 1999' }] });
const template = templateWith('introduction', 'legislation');

describe('mis-cited laws', () => {
  it('warns once per section on a wrong title and names the right one', () => {
    const findings = runDocumentRule(rule, template, { legislation: paras('Our duties come from the Fostering Care Act 1999.', 'The fostering care act 1999 also sets out reviews.') });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', rule: 'miscited-law', section: 'legislation' });
    expect(findings[0]?.message).toContain('Children (Fostering Care) Act 1999');
  });

  it('leaves the correct title and a quotation alone', () => {
    expect(runDocumentRule(rule, template, { legislation: paras('Our duties come from the Children (Fostering Care) Act 1999.') })).toEqual([]);
    expect(runDocumentRule(rule, template, { introduction: paras('A carer told us: “nobody explained the Fostering Care Act 1999 to me.”') })).toEqual([]);
  });

  it('is listed in the England pack, which knows the Leaving Care Act by its full title', () => {
    expect(compileRules(testTemplate).documentProblems).toEqual([]);
    const miscited = (text: string) => checkDraft({ cover: emptyCover(), sections: [{ id: 'legislation', doc: paras(text) }] }, testTemplate).findings.filter((finding) => finding.rule === 'miscited-law');
    expect(miscited('Young people leaving care are supported under the Leaving Care Act 2000.')).toHaveLength(1);
    expect(miscited('Young people leaving care are supported under the Children (Leaving Care) Act 2000.')).toEqual([]);
  });
});
