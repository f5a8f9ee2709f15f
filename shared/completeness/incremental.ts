import type { Template } from '../template/template.js';
import { judgeAcrossDocument } from './acrossDocument.js';
import { assembleReport, checkDocument, evaluateSection, presenceOf, type SectionEvaluation, type SectionPresence } from './engine.js';
import type { DocumentSetting } from './documentRules/index.js';
import { toEditorPositions } from './editorPositions.js';
import { isPrinted, sectionNumbering } from './numbering.js';
import { compileRules } from './registry.js';
import type { SectionRuleEnv } from './rules/sectionRule.js';
import { isEditorNode, readSection } from './sectionContext.js';
import { starterLinesFor } from './starter.js';
import type { CheckInput, CheckOptions, CompletenessReport, DraftSectionInput } from './types.js';
import { UNSORTED } from '../import/types.js';

/**
 * Checking as the writer types. Reading a section (JSON to document, text,
 * sentences, tables) and running its rule are the costly steps, and a
 * keystroke changes one section, so both are kept per section and redone only
 * when that section — or a section one of its rules reads, such as the
 * priorities for the measures, or the cover fields or local names — changed. The whole-document rules always
 * run, because any edit can change their result anywhere (a definition added
 * in one section clears an acronym finding in another); but each of them
 * scans a section once and keeps that scan with the section's context, so a
 * keystroke re-scans one section and only the cheap combining step looks at
 * the whole strategy.
 *
 * "Changed" means: a different editor document object (ProseMirror documents
 * are immutable, so identity is exact); for stored JSON, a different revision
 * when one is given, else a different JSON object.
 */

export interface IncrementalChecker {
  update(input: CheckInput): CompletenessReport;
}

interface ReadEntry {
  key: unknown;
  presence: SectionPresence;
}

interface EvaluationEntry {
  inputs: unknown[];
  evaluation: SectionEvaluation;
}

function changeKey(section: DraftSectionInput): unknown {
  if (isEditorNode(section.doc) || section.revision === undefined) return section.doc;
  return `revision:${section.revision}`;
}

const ABSENT: ReadEntry = { key: undefined, presence: { state: 'absent' } };

/** Starter text is printed too, so it counts as content, as it does in the exporters. */
const hasContent = (presence: SectionPresence | undefined): boolean => presence !== undefined && presence.state !== 'absent' && presence.state !== 'empty';

const sameInputs = (a: unknown[], b: unknown[]): boolean => a.length === b.length && a.every((value, index) => value === b[index]);

export function createIncrementalChecker(template: Template, options: CheckOptions = {}): IncrementalChecker {
  const starters = starterLinesFor(template, options.starterText);
  // Which sections are printed, and so their numbers, changes only when an optional section gains or loses its first words: the setting is kept until then, and with it every rule's scan.
  let setting: DocumentSetting | null = null;
  let printedKey = '';
  const settingFor = (presences: ReadonlyMap<string, ReadEntry>): DocumentSetting => {
    const printed = new Set(template.sections.filter((section) => isPrinted(section, hasContent(presences.get(section.id)?.presence))).map((section) => section.id));
    const key = [...printed].join('\n');
    if (setting === null || key !== printedKey) {
      setting = { template, numbering: sectionNumbering(template, options.appendixStyle, (section) => printed.has(section.id)) };
      printedKey = key;
    }
    return setting;
  };
  const rules = compileRules(template);
  const dependenciesOf = (id: string): string[] => [...new Set((rules.sections.get(id)?.runs ?? []).flatMap((run) => run.reads))];
  const reads = new Map<string, ReadEntry>();
  const evaluations = new Map<string, EvaluationEntry>();

  const read = (id: string, section: DraftSectionInput | undefined): ReadEntry => {
    if (!section) return ABSENT;
    const key = changeKey(section);
    const cached = reads.get(id);
    if (cached && cached.key === key) return cached;
    const entry = { key, presence: presenceOf(readSection(id, section.doc), starters.get(id) ?? new Set()) };
    reads.set(id, entry);
    return entry;
  };

  return {
    update(input) {
      const byId = new Map(input.sections.map((section) => [section.id, section]));
      const textSections = template.sections.filter((section) => section.kind === 'text');
      const presences = new Map(textSections.map((section) => [section.id, read(section.id, byId.get(section.id))]));
      const coverKey = JSON.stringify(input.cover);
      const localNames = input.localNames ?? {};
      const localNamesKey = JSON.stringify(localNames);
      const env: SectionRuleEnv = {
        template,
        cover: input.cover,
        localNames,
        section: (id) => {
          const presence = presences.get(id)?.presence;
          return presence?.state === 'written' ? presence.context : undefined;
        },
      };

      const results = template.sections.map((section) => {
        const own = presences.get(section.id) ?? ABSENT;
        // Any rule may read the cover (the next-review rule compares the review date with the period) or a local name, and both change rarely.
        const inputs = [own, coverKey, localNamesKey, ...dependenciesOf(section.id).map((id) => presences.get(id))];
        const cached = evaluations.get(section.id);
        if (cached && sameInputs(cached.inputs, inputs)) return cached.evaluation;
        const evaluation = evaluateSection(section, own.presence, env);
        evaluations.set(section.id, { inputs, evaluation });
        return evaluation;
      });

      const unsorted = read(UNSORTED, byId.get(UNSORTED)).presence;
      // What import could not place is still the strategy's text: the whole-document rules read it, and presence is looked for in it.
      const written = [...textSections, { id: UNSORTED }].flatMap((section) => {
        const presence = section.id === UNSORTED ? unsorted : presences.get(section.id)?.presence;
        return presence?.state === 'written' ? [presence.context] : [];
      });
      // Presence is judged across the strategy: what one section lacks may be written in another.
      const judged = results.map((evaluation, index) => {
        const section = template.sections[index];
        return section ? judgeAcrossDocument(template, section, evaluation, written) : evaluation;
      });
      // The rules found their positions in the text with suggestions accepted; the writer clicks in the text with them showing.
      return toEditorPositions(assembleReport(template, judged, checkDocument(settingFor(presences), written, input.consents ?? [], input.cover, input.translated, localNames)), written);
    },
  };
}
