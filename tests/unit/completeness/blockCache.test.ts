import { describe, expect, it, vi } from 'vitest';
import { Node } from 'prosemirror-model';
import { liftListItem, wrapInList } from 'prosemirror-schema-list';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { checkDraft, countSyllables, createIncrementalChecker, readabilityOfSection, type CheckInput } from '../../../shared/completeness/index.js';
import { findTogether } from '../../../shared/completeness/rules/mentions.js';
import { buildSectionContext, findAll, findFirst, perBlock, sentenceAt, type SectionContext } from '../../../shared/completeness/sectionContext.js';
import { schema } from '../../../shared/model/schema.js';
import { importCuesSchema, type Template } from '../../../shared/template/template.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { seededRandom } from '../../fixtures/seededRandom.js';
import { doc, h, ol, p, paras, table, ul } from './fixtures/build.js';
import { draftWith } from './fixtures/run.js';
import { completeDraft } from './fixtures/completeStrategy.js';
import { testTemplate } from './fixtures/template.js';

/**
 * The check keeps what it read per block node (ProseMirror nodes are
 * immutable and shared between versions of a document), so a keystroke
 * re-reads one block, however long the section. These tests hold the cached
 * check to a full check of documents it has never seen, and count what is
 * read again after an edit.
 */

const editorDoc = (json: NodeJSON): Node => Node.fromJSON(schema, json);

/** The same draft as documents the check has never seen, so nothing it kept can answer for them. */
const unseen = (input: CheckInput): CheckInput => ({ ...input, sections: input.sections.map((section) => ({ ...section, doc: editorDoc((section.doc as Node).toJSON() as NodeJSON) })) });

/** The same draft as stored JSON, as a check of a draft not open in an editor reads it. */
const asStored = (input: CheckInput): CheckInput => ({ ...input, sections: input.sections.map((section) => ({ ...section, doc: (section.doc as Node).toJSON() as NodeJSON })) });

/** Words that wake the rules: placeholders, acronyms, cited law, periods, figures, names. */
const WORDS = ['TBC', '[Name]', 'IRO', 'independent reviewing officer (IRO)', 'Children Act 1989', 'Children and Social Work Act 2017', 'this strategy runs from 2021 to 2023', '45% of care leavers', 'young people', 'we will', 'Section 3', 'XX%', 'care', 'promise', '.', ' ', 'Leaving Care Act 2000'];

/** One random edit a writer could make: type, delete, press Enter, or join two blocks. */
function randomEdit(state: EditorState, random: () => number): Transaction {
  const size = state.doc.content.size;
  const at = (): number => Math.floor(random() * (size + 1));
  const choice = random();
  const tr = state.tr;
  if (choice < 0.5) {
    const position = TextSelection.near(state.doc.resolve(at())).from;
    if (state.doc.resolve(position).parent.inlineContent) tr.insertText(WORDS[Math.floor(random() * WORDS.length)] ?? 'e', position);
  } else if (choice < 0.75) {
    const from = at();
    const to = Math.min(size, from + 1 + Math.floor(random() * 30));
    tr.delete(from, to);
  } else if (choice < 0.9) {
    const position = TextSelection.near(state.doc.resolve(at())).from;
    if (state.doc.resolve(position).parent.inlineContent) tr.split(position);
  } else {
    const position = at();
    const $position = state.doc.resolve(position);
    if ($position.depth > 0 && $position.index($position.depth - 1) > 0) tr.join($position.before());
  }
  return tr;
}

/** The randomised tests run a full check of a fresh draft after every edit: on the shared 2-core machine, with the whole suite running, that outlasts the default timeout. */
const RANDOMISED_TIMEOUT_MS = 90_000;

/** Everything a section's read holds, as plain data. */
const readOf = ({ blocks, tables, text, blockOffsets, sentences, orderedLists }: SectionContext) => ({ blocks, tables, text, blockOffsets, sentences, orderedLists });

/** The foreword's readability measured over the section's sentences at once, as it was before it was kept per block. */
function readabilityReadWhole(context: SectionContext) {
  const word = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  const spans = context.sentences.flatMap((sentence) => {
    const words = sentence.text.match(word) ?? [];
    return words.length === 0 ? [] : [{ from: sentence.from, to: sentence.to, words: words.length, text: sentence.text, syllables: words.reduce((sum, each) => sum + countSyllables(each), 0) }];
  });
  const words = spans.reduce((sum, span) => sum + span.words, 0);
  const syllables = spans.reduce((sum, span) => sum + span.syllables, 0);
  const grade = words === 0 ? 0 : Math.round((0.39 * (words / spans.length) + 11.8 * (syllables / words) - 15.59) * 10) / 10;
  const longestSentences = [...spans].sort((a, b) => b.words - a.words || a.from - b.from).slice(0, 3).map(({ from, to, words: count, text }) => ({ from, to, words: count, text }));
  return { words, sentences: spans.length, grade, readingAge: words === 0 ? 5 : Math.max(5, Math.round(grade + 5)), longestSentences };
}

describe('the check cached per block', () => {
  it('gives exactly the findings of a full check after each of many random edits (seed 19)', () => {
    const random = seededRandom(19);
    let states = completeDraft.sections.map((section) => ({ id: section.id, state: EditorState.create({ doc: editorDoc(section.doc as NodeJSON) }) }));
    const checker = createIncrementalChecker(testTemplate);
    let edits = 0;
    for (let step = 0; step < 150; step += 1) {
      const target = Math.floor(random() * states.length);
      states = states.map((entry, index) => {
        if (index !== target) return entry;
        try {
          const tr = randomEdit(entry.state, random);
          if (tr.docChanged) edits += 1;
          return { id: entry.id, state: entry.state.apply(tr) };
        } catch {
          // An edit the schema refuses (a join of unlike blocks, a split inside a table's structure) is one a writer could not make either.
          return entry;
        }
      });
      const input: CheckInput = { cover: completeDraft.cover, sections: states.map(({ id, state }) => ({ id, doc: state.doc })) };
      const report = checker.update(input);
      expect(report).toEqual(checkDraft(unseen(input), testTemplate));
      // Stored JSON is read without keeping anything per block; it must read the same.
      if (step % 10 === 0) expect(report).toEqual(checkDraft(asStored(input), testTemplate));
    }
    expect(edits).toBeGreaterThan(100);
  }, RANDOMISED_TIMEOUT_MS);

  it('does not read the text of an unchanged block again after an edit elsewhere', () => {
    const before = editorDoc(doc(p('The first paragraph, with TBC in it.'), p('The second, about the IRO.'), p('The third one.')));
    buildSectionContext('s', before);
    // Count every read of the text of the blocks the edit leaves alone.
    let reads = 0;
    for (const index of [0, 2]) {
      before.child(index).forEach((text) => {
        const value = text.text;
        Object.defineProperty(text, 'text', {
          get: () => {
            reads += 1;
            return value;
          },
        });
      });
    }
    const state = EditorState.create({ doc: before });
    const after = state.apply(state.tr.insertText(' Typed.', before.child(0).nodeSize + before.child(1).nodeSize - 1)).doc;
    expect(after.child(0)).toBe(before.child(0));
    expect(after.child(2)).toBe(before.child(2));
    reads = 0;
    const context = buildSectionContext('s', after);
    expect(context.blocks.map((block) => block.text)).toEqual(['The first paragraph, with TBC in it.', 'The second, about the IRO. Typed.', 'The third one.']);
    expect(context.blocks[2]?.from).toBe(before.child(0).nodeSize + before.child(1).nodeSize + ' Typed.'.length + 1);
    expect(reads).toBe(0);
  });

  it('matches a pattern again only in the block that changed, with positions that follow the edit', () => {
    class CountingPattern extends RegExp {
      searched: string[] = [];
      override exec(text: string): RegExpExecArray | null {
        if (this.lastIndex === 0) this.searched.push(text);
        return super.exec(text);
      }
    }
    const pattern = new CountingPattern('\\bTBC\\b', 'gu');
    const before = editorDoc(doc(p('TBC first.'), p('Second.'), p('Third, TBC.')));
    expect(findAll(buildSectionContext('s', before), pattern).map((found) => found.location)).toEqual([
      { from: 1, to: 4 },
      { from: 29, to: 32 },
    ]);
    expect(pattern.searched).toHaveLength(3);
    pattern.searched.length = 0;
    const state = EditorState.create({ doc: before });
    const after = state.apply(state.tr.insertText('Now ', 13)).doc;
    const context = buildSectionContext('s', after);
    const found = findAll(context, pattern);
    expect(pattern.searched).toEqual(['Now Second.']);
    expect(found.map((match) => match.location)).toEqual([
      { from: 1, to: 4 },
      { from: 33, to: 36 },
    ]);
    expect(found.map((match) => context.text.slice(match.match.index, match.match.index + match.match[0].length))).toEqual(['TBC', 'TBC']);
    expect(findFirst(context, [/Third/u])).toEqual({ from: 26, to: 31 });
  });

  it('does not run a pattern from one paragraph into the next', () => {
    const context = buildSectionContext('s', editorDoc(doc(p('The Children and Social Work'), p('Act 2017 says so.'))));
    expect(findAll(context, /Social Work\s+Act 2017/gu)).toEqual([]);
    expect(findAll(context, /^Act/gu).map((found) => found.location.from)).toEqual([31]);
  });

  it('carries what per-block searches found over to the next version, as a fresh read finds it, after many random edits (seed 8)', () => {
    const random = seededRandom(8);
    const probe = seededRandom(9);
    const blocks = Array.from({ length: 40 }, (_, index) =>
      index % 9 === 4 ? ul('The IRO visits.', 'TBC') : index % 13 === 7 ? table('measures', [['Measure', 'Figure'], ['Care leavers in work', '45% in 2023']]) : index % 6 === 0 ? h(`Part ${index}`) : p(WORDS[index % WORDS.length] ?? ''),
    );
    let state = EditorState.create({ doc: editorDoc(doc(...blocks, ol('First.', 'Second, TBC.'))) });
    const patterns = [/\bTBC\b/u, /\bIRO\b/gu, /\d+%/u, /\bcare\b/iu, /^Part/u];
    // What each search is kept by lives as long as the searches, as a rule's compiled patterns do.
    const owner = {};
    const searches = (context: SectionContext) => ({
      all: patterns.map((pattern) => findAll(context, pattern).map(({ location, match, blockIndex }) => ({ location, index: match.index, text: match[0], blockIndex }))),
      first: patterns.map((pattern) => findFirst(context, [pattern])),
      together: findTogether(context, [/care/iu, /\d/u]),
      kinds: perBlock(context, owner, 'kinds', ({ kind, sentences }) => (kind === 'list-item' ? sentences.length : undefined)),
      readability: readabilityOfSection(context),
    });
    let edits = 0;
    for (let step = 0; step < 300; step += 1) {
      try {
        const choice = random();
        if (choice < 0.1) {
          // Into a list and out again: the same paragraph nodes, of another kind.
          const position = TextSelection.near(state.doc.resolve(Math.floor(random() * (state.doc.content.size + 1)))).from;
          const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, position)));
          const { bullet_list: bulletList, list_item: listItem } = schema.nodes;
          if (!bulletList || !listItem) throw new Error('the schema has no lists');
          const command = random() < 0.5 ? wrapInList(bulletList) : liftListItem(listItem);
          command(selected, (tr) => (state = selected.apply(tr)));
        } else {
          state = state.apply(randomEdit(state, random));
        }
      } catch {
        continue;
      }
      edits += 1;
      const carried = buildSectionContext('s', state.doc);
      const fresh = buildSectionContext('s', state.doc, false);
      // The blocks are carried over from the last version's read where its top-level nodes are the same: all that is read must be as a fresh read has it.
      expect(readOf(carried)).toEqual(readOf(fresh));
      expect(searches(carried)).toEqual(searches(fresh));
      expect(readabilityOfSection(fresh)).toEqual(readabilityReadWhole(fresh));
      for (const position of Array.from({ length: 6 }, () => Math.floor(probe() * (state.doc.content.size + 1)))) {
        const found = sentenceAt(carried, position);
        expect(found).toEqual(carried.sentences.find((sentence) => sentence.from <= position && position <= sentence.to));
        // One sentence is one object, however it is reached: the rules tell sentences apart by identity.
        if (found) expect(carried.sentences).toContain(found);
      }
    }
    expect(edits).toBeGreaterThan(200);
  }, RANDOMISED_TIMEOUT_MS);

  it('runs a per-block search again only on the block that changed', () => {
    const before = editorDoc(doc(p('One.'), p('Two.'), p('Three.')));
    const owner = {};
    const read: string[] = [];
    const lengths = (context: SectionContext) =>
      perBlock(context, owner, 'length', ({ text }) => {
        read.push(text);
        return text.length;
      });
    expect(lengths(buildSectionContext('s', before)).values).toEqual([4, 4, 6]);
    read.length = 0;
    const state = EditorState.create({ doc: before });
    const after = state.apply(state.tr.insertText(' More', 11)).doc;
    const found = lengths(buildSectionContext('s', after));
    expect(read).toEqual(['Two. More']);
    expect(found).toEqual({ values: [4, 9, 6], firstFound: 0 });
  });
});

describe('names another section gives a group, as the writer types', () => {
  /** Many paragraphs of plain prose, so that reading the whole section again would show. */
  const filler = (count: number, topic: string): string[] => Array.from({ length: count }, (_, index) => `Paragraph ${index + 1} says what we do about ${topic} each season.`);
  const cicc = (report: ReturnType<typeof checkDraft>) => report.findings.find((finding) => finding.rule === 'participation.children-in-care-council')?.severity;

  /** Types `text` at `at` in one section of a draft held as editor documents. */
  const typeInto = (input: CheckInput, id: string, at: (doc: Node) => number, text: string): CheckInput => ({
    ...input,
    sections: input.sections.map((section) => {
      if (section.id !== id) return section;
      const state = EditorState.create({ doc: section.doc as Node });
      return { ...section, doc: state.apply(state.tr.insertText(text, at(state.doc))).doc };
    }),
  });
  const asEditorDocs = (input: CheckInput): CheckInput => ({ ...input, sections: input.sections.map((section) => ({ ...section, doc: editorDoc(section.doc as NodeJSON) })) });
  /** The end of the text of the paragraph at `index`. */
  const endOf = (index: number) => (node: Node) => {
    let end = 0;
    node.forEach((child, offset, childIndex) => {
      if (childIndex === index) end = offset + child.nodeSize - 1;
    });
    return end;
  };

  it('sees a name given in a long section, and its taking back, exactly as a full check does', () => {
    const participation = paras('Tidewater Crew meets each month; two of its members sit on the Board and we write back after every meeting to say what changed.');
    const foreword = paras(...filler(40, 'listening'), 'We wrote this together.', ...filler(40, 'homes'));
    let input = asEditorDocs(draftWith('participation', participation, draftWith('foreword-young-people', foreword)));
    const checker = createIncrementalChecker(testTemplate);
    expect(checker.update(input)).toEqual(checkDraft(unseen(input), testTemplate));
    expect(cicc(checker.update(input))).toBe('warning');

    // Naming the group in one paragraph of the foreword: the group the participation section describes is then known.
    const named = typeInto(input, 'foreword-young-people', endOf(40), ' Tidewater Crew, our children in care council, led it.');
    const report = checker.update(named);
    expect(report).toEqual(checkDraft(unseen(named), testTemplate));
    expect(cicc(report)).toBe('info');

    // The participation section stops using the name: it no longer describes the group, and the finding is a warning again.
    input = typeInto(named, 'participation', () => 1, 'The ');
    const renamed = { ...input, sections: input.sections.map((section) => (section.id === 'participation' ? { ...section, doc: editorDoc(paras('Our young people meet each month and we write back after every meeting to say what changed.')) } : section)) };
    expect(checker.update(renamed)).toEqual(checkDraft(unseen(renamed), testTemplate));
    expect(cicc(checker.update(renamed))).toBe('warning');

    // Back to the draft with the name given, and the name then taken out again by a keystroke that breaks it.
    expect(cicc(checker.update(named))).toBe('info');
    const broken = typeInto(named, 'foreword-young-people', (doc) => endOf(40)(doc) - ' Crew, our children in care council, led it.'.length, '.');
    expect(checker.update(broken)).toEqual(checkDraft(unseen(broken), testTemplate));
    expect(cicc(checker.update(broken))).toBe('warning');
  });

  it('does not take a name run from one paragraph into the next', () => {
    const participation = paras('Tidewater Crew meets each month; two of its members sit on the Board and we write back after every meeting to say what changed.');
    const split = checkDraft(draftWith('participation', participation, draftWith('foreword-young-people', paras('We are Tidewater', 'Crew, our children in care council.'))), testTemplate);
    expect(cicc(split)).toBe('warning');
    const together = checkDraft(draftWith('participation', participation, draftWith('foreword-young-people', paras('We are Tidewater Crew, our children in care council.'))), testTemplate);
    expect(cicc(together)).toBe('info');
  });

  it('looks for a name again only in the paragraph typed in', () => {
    const participation = paras('Tidewater Crew meets each month; two of its members sit on the Board and we write back after every meeting to say what changed.');
    const foreword = paras(...filler(30, 'listening'), 'Our group is strong.', ...filler(30, 'homes'));
    const input = asEditorDocs(draftWith('participation', participation, draftWith('foreword-young-people', foreword)));
    const checker = createIncrementalChecker(testTemplate);
    checker.update(input);
    // The ways of giving a name are the patterns that open or close with a name of up to four words; record each text they are run on.
    const searched: string[] = [];
    const exec = RegExp.prototype.exec;
    const spy = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, text: string) {
      if (this.source.includes(String.raw`(?<name>(?:[\p{L}\p{N}'’+-]+\s+){0,3}`)) searched.push(text);
      return exec.call(this, text);
    });
    try {
      checker.update(typeInto(input, 'foreword-young-people', endOf(30), ' Tidewater Crew, our children in care council, meets weekly.'));
    } finally {
      spy.mockRestore();
    }
    expect(searched.some((text) => text.includes('Tidewater Crew, our children in care council'))).toBe(true);
    expect(searched.filter((text) => text.includes('Paragraph'))).toEqual([]);
  });
});

describe('a missing section looked for in the others, as the writer types', () => {
  const cues = importCuesSchema.parse({
    sections: {
      priorities: { headings: [{ pattern: String.raw`\bpriorit`, weight: 1 }], content: [] },
      pledge: { content: [{ pattern: String.raw`\bwe vow\b`, saturation: 3, weight: 1 }] },
    },
  });
  const template: Template = { ...testTemplate, importCues: cues, rules: { ...testTemplate.rules, acrossDocument: { sections: ['pledge'], share: 0.9, notIn: [] } } };
  /** Paragraphs that open as a run-in heading does ("Line 3 is …"), so each is asked whether it names the missing section. */
  const filler = (count: number): string[] => Array.from({ length: count }, (_, index) => `Line ${index + 1} is about how the Board works with schools.`);
  const rulesOf = (report: ReturnType<typeof checkDraft>) => report.findings.filter((finding) => finding.section === 'priorities' || finding.section === 'pledge').map((finding) => `${finding.rule} ${finding.severity}`);
  /** The complete draft as editor documents, without the sections named, and with `governance` as typed. */
  const draftWithGovernance = (left: string[]) => {
    const others = completeDraft.sections.filter((section) => !left.includes(section.id) && section.id !== 'governance').map((section) => ({ id: section.id, doc: editorDoc(section.doc as NodeJSON) }));
    return (governance: Node): CheckInput => ({ ...completeDraft, sections: [...others, { id: 'governance', doc: governance }] });
  };

  it('finds the content once a heading, a run-in heading or enough cue words are typed into a long section, and loses it when they go, as a full check does', () => {
    let state = EditorState.create({ doc: editorDoc(doc(...filler(30).map(p), h('How we govern'), ...filler(30).map(p))) });
    const draft = draftWithGovernance(['priorities', 'pledge']);
    const input = (): CheckInput => draft(state.doc);
    const checker = createIncrementalChecker(template);
    const check = () => {
      const report = checker.update(input());
      expect(report).toEqual(checkDraft(unseen(input()), template));
      return rulesOf(report);
    };
    expect(check()).toEqual(expect.arrayContaining(['priorities.missing error', 'pledge.missing error']));

    // The heading in the middle is retitled one keystroke at a time, and becomes a heading of priorities partway through the word.
    const headingEnd = (): number => {
      let end = 0;
      state.doc.forEach((child, offset) => {
        if (child.type.name === 'heading') end = offset + child.nodeSize - 1;
      });
      return end;
    };
    for (const character of ' and our priorities') {
      state = state.apply(state.tr.insertText(character, headingEnd()));
      check();
    }
    expect(check()).toContain('priorities.found-elsewhere info');
    state = state.apply(state.tr.delete(headingEnd() - ' and our priorities'.length, headingEnd()));
    expect(check()).toContain('priorities.missing error');

    // A paragraph that opens as a run-in heading does too.
    state = state.apply(state.tr.insertText('Our priorities are: ', 1));
    expect(check()).toContain('priorities.found-elsewhere info');
    state = state.apply(state.tr.delete(1, 1 + 'Our priorities are: '.length));
    expect(check()).toContain('priorities.missing error');

    // Promises typed into one paragraph: the pledge is found once there are three of them, and missing again at two.
    for (const promise of [" We vow to listen.", " We vow to visit.", " We vow to call back."]) {
      state = state.apply(state.tr.insertText(promise, 3));
      check();
    }
    expect(check()).toContain('pledge.found-elsewhere info');
    state = state.apply(state.tr.delete(3, 3 + " We vow to call back.".length));
    expect(check()).toContain('pledge.missing error');
  });

  it('reads again only the block typed in when looking for the heading', () => {
    let state = EditorState.create({ doc: editorDoc(doc(...filler(20).map(p), h('How we govern'), ...filler(20).map(p))) });
    const draft = draftWithGovernance(['priorities']);
    const input = (): CheckInput => draft(state.doc);
    const checker = createIncrementalChecker(template);
    checker.update(input());
    const tested: string[] = [];
    const test = RegExp.prototype.test;
    const spy = vi.spyOn(RegExp.prototype, 'test').mockImplementation(function (this: RegExp, text: string) {
      if (this.source === String.raw`\bpriorit`) tested.push(text);
      return test.call(this, text);
    });
    try {
      state = state.apply(state.tr.insertText(' today', 1 + (filler(1)[0] ?? '').length));
      checker.update(input());
    } finally {
      spy.mockRestore();
    }
    expect(tested.filter((text) => text.startsWith('Line'))).toEqual(['Line 1']);
  });
});
