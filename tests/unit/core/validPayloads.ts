import type { Method } from '../../../shared/api/contract.js';
import type { Draft } from '../../../shared/model/draft.js';
import { paragraphDoc, TEST_TEMPLATE } from './fixtures.js';

/** A payload each method accepts, given one draft (trashed where the method needs it). */
export function validPayloads(draft: Draft, trashedId: string): Record<Method, Record<string, unknown>> {
  return {
    'library.status': {},
    'library.startFresh': {},
    'settings.get': {},
    'settings.update': {
      author: 'Pat',
      localNames: { [TEST_TEMPLATE.id]: { 'children-in-care-council': 'Our Voice' } },
      houseStyle: { font: 'Calibri', headingColour: '#8B1A1A', coverLayout: 'title-centred' },
    },
    'templates.list': {},
    'templates.get': { id: TEST_TEMPLATE.id },
    'drafts.list': { scope: 'active' },
    'drafts.create': { templateId: TEST_TEMPLATE.id, title: 'T', council: 'C' },
    'drafts.open': { id: draft.id },
    'drafts.updateCover': { id: draft.id, baseRevision: draft.coverRevision, cover: draft.cover },
    'drafts.updateSection': { id: draft.id, sectionId: 'introduction', baseRevision: 0, doc: paragraphDoc('New') },
    'drafts.rename': { id: draft.id, title: 'Renamed' },
    'drafts.duplicate': { id: draft.id },
    'drafts.trash': { id: draft.id },
    'drafts.restore': { id: trashedId },
    'drafts.purge': { id: trashedId },
    'drafts.revisions': { id: draft.id, sectionId: 'introduction' },
    'drafts.revision': { id: draft.id, revisionId: 1 },
    'drafts.setSectionState': { id: draft.id, sectionId: 'introduction', state: 'ready-for-review', note: 'Please read', baseRevision: 0 },
    'drafts.approveSections': { id: draft.id, sections: [{ sectionId: 'introduction', baseRevision: 0 }], note: 'Agreed at DMT' },
    'drafts.updateAttribution': {
      id: draft.id,
      baseRevision: 0,
      attribution: { groupName: 'Children in Care Council', contributors: [{ name: 'Jay', consent: { givenBy: 'Jay', date: '2026-03-01', recordedBy: 'Sam' } }] },
    },
    'drafts.createSnapshot': { id: draft.id, name: 'Sent to Board' },
    'drafts.snapshots': { id: draft.id },
    'drafts.snapshot': { id: draft.id, snapshotId: 1 },
    'drafts.restoreRevision': { id: draft.id, sectionId: 'introduction', revisionId: 1, baseRevision: 0 },
    'drafts.restoreSnapshot': { id: draft.id, snapshotId: 1 },
    'drafts.exportPortable': { id: draft.id, sectionId: 'introduction' },
    'drafts.importPortable': { id: draft.id, content: '{"format":"corporate-parenting-studio/draft"}' },
    'drafts.suggestions': { id: draft.id, sectionId: 'introduction' },
    'drafts.decideSuggestion': { id: draft.id, suggestionId: 'abc', decision: 'accepted' },
    'comments.list': { id: draft.id, sectionId: 'introduction', includeResolved: true },
    'comments.add': { id: draft.id, sectionId: 'introduction', from: 1, to: 5, quote: 'Expl', body: 'Is this right?' },
    'comments.reply': { id: draft.id, commentId: 'abc', body: 'Yes' },
    'comments.resolve': { id: draft.id, commentId: 'abc' },
    'comments.reopen': { id: draft.id, commentId: 'abc' },
    'drafts.check': { id: draft.id },
    'drafts.export': { id: draft.id, format: 'docx', final: false },
    'import.propose': { fileName: 'old.md', dataBase64: Buffer.from('# Introduction\n\nWhy this matters.\n').toString('base64') },
    'import.apply': { templateId: TEST_TEMPLATE.id, proposal: SMALL_PROPOSAL, choices: { sections: ['introduction'], cover: SMALL_PROPOSAL.cover } },
    'import.applyToDraft': { id: draft.id, proposal: SMALL_PROPOSAL, choices: { sections: ['introduction'] }, sections: [{ sectionId: 'introduction', merge: 'append', baseRevision: 0 }] },
    'import.start': { fileName: 'old.md', dataBase64: Buffer.from('# Introduction\n\nWhy this matters.\n').toString('base64') },
    'import.progress': { jobId: 'abc' },
    'import.cancel': { jobId: 'abc' },
    'progress.get': { id: draft.id },
    'progress.addFigure': { id: draft.id, measure: 'Care leavers in education, employment or training', period: '2025-26 Q1', value: '55%', date: '30/06/2025' },
    'progress.relink': { id: draft.id, measureId: 'abc', indicator: 'Care leavers in education' },
    'progress.setThresholds': { greenFrom: 90, amberFrom: 50, suppressBelow: 5 },
    'progress.previewImport': { id: draft.id, fileName: 'figures.csv', dataBase64: Buffer.from('Measure,Period,Value\n').toString('base64') },
    'progress.import': { id: draft.id, fileName: 'figures.csv', dataBase64: Buffer.from('Measure,Period,Value\n').toString('base64') },
  };
}

/** A proposal as `import.propose` makes one: one headed part. */
const SMALL_PROPOSAL = {
  fileName: 'old.md',
  format: 'markdown',
  cover: { council: 'Exampleshire', title: 'Corporate Parenting Strategy', periodStart: 2022, periodEnd: 2025 },
  parts: [
    {
      index: 0,
      heading: { text: 'Introduction', level: 1 },
      parentIndex: null,
      blocks: [paragraphDoc('Why this matters.').content[0]],
      preview: 'Why this matters.',
      section: 'introduction',
      confidence: 0.9,
      followsParent: false,
    },
  ],
  messages: [],
};

