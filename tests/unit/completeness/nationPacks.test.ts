import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../electron/core/templates/loadTemplates.js';
import { compileRules } from '../../../shared/completeness/registry.js';
import { readSection } from '../../../shared/completeness/sectionContext.js';
import type { ElementCheck, SectionRuleEnv } from '../../../shared/completeness/rules/index.js';
import type { Template } from '../../../shared/template/template.js';
import { emptyCover, type NodeJSON } from '../../../shared/model/draft.js';
import { doc, table } from './fixtures/build.js';
import { failed } from './fixtures/run.js';

/** The shipped packs' own rule data, where it differs by nation, run on sections written for these tests. */

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));
const shipped = loadTemplates(templatesDir);

function pack(id: string): Template {
  const template = shipped.templates.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`no pack ${id}`);
  return template;
}

function runPackRule(template: Template, sectionId: string, json: NodeJSON): ElementCheck[] {
  const runs = compileRules(template).sections.get(sectionId)?.runs ?? [];
  const parsed = readSection(sectionId, json);
  if (!parsed.ok) throw new Error(parsed.message);
  const env: SectionRuleEnv = { template, cover: emptyCover(), localNames: {}, section: () => undefined };
  return runs.flatMap((run) => run.rule.check(parsed.context, env, run.params));
}

describe('a Scottish action plan organised by The Promise’s foundations', () => {
  const scotland = pack('scotland-plan');

  it('takes the Foundation column as the action’s linked priority', () => {
    const byFoundation = doc(table('plain', [['Foundation', 'Action', 'Who leads', 'By when'], ['Family', 'Open a family time house', 'Head of Service', 'March 2027']]));
    expect(failed(runPackRule(scotland, 'action-plan', byFoundation))).not.toContain('table');
  });

  it('still asks for a link to a priority and a foundation when the table has neither', () => {
    const unlinked = doc(table('plain', [['Action', 'Who leads', 'By when'], ['Open a family time house', 'Head of Service', 'March 2027']]));
    expect(failed(runPackRule(scotland, 'action-plan', unlinked))).toContain('table');
  });
});
