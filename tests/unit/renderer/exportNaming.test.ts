import { describe, expect, it } from 'vitest';
import type { CompletenessReport } from '../../../shared/completeness/index.js';
import { exportFileName } from '../../../renderer/api/saveFile.js';
import { checkErrorsOf, exportActions, exportedMessage, missingForFinal } from '../../../renderer/export/exportReadiness.js';

describe('exportFileName', () => {
  it('keeps a good name as it is', () => {
    expect(exportFileName('Northshire corporate parenting strategy 2025-2028 (DRAFT).docx', 'docx')).toBe('Northshire corporate parenting strategy 2025-2028 (DRAFT).docx');
  });

  it('drops folders and characters file systems refuse', () => {
    expect(exportFileName('../../etc/pass?wd*.pdf', 'pdf')).toBe('pass wd.pdf');
    expect(exportFileName('C:\\Users\\x\\Plan: "final"|v2.docx', 'docx')).toBe('Plan final v2.docx');
  });

  it('adds the extension of the format and names an empty title', () => {
    expect(exportFileName('Strategy', 'pdf')).toBe('Strategy.pdf');
    expect(exportFileName(' ... ', 'docx')).toBe('strategy.docx');
  });

  it('keeps long names within bounds without splitting a character', () => {
    const name = exportFileName(`${'🙂'.repeat(200)}.docx`, 'docx');
    expect(Array.from(name)).toHaveLength(120);
    expect(name.endsWith('🙂.docx')).toBe(true);
  });
});

const report = (findings: CompletenessReport['findings']): CompletenessReport => ({ score: 50, sections: [], findings, principles: [], readability: {} });

describe('export readiness', () => {
  it('lists check errors by section with where they are, then sections not approved, each once; placeholders are left to their own list', () => {
    const errors = checkErrorsOf(
      report([
        { severity: 'error', section: 'board-tor', rule: 'board-tor.quorum', message: 'Say what the quorum is.', location: { from: 3, to: 9 } },
        { severity: 'warning', section: 'vision', rule: 'vision.short', message: 'The vision is short.' },
        { severity: 'error', section: 'document', rule: 'principles.c', message: 'Principle (c) is addressed nowhere.' },
        { severity: 'error', section: 'board-tor', rule: 'board-tor.starter', message: '"Board terms of reference" still holds only the starter text.' },
        { severity: 'error', section: 'vision', rule: 'placeholder', message: 'Replace the placeholder "[Name]" with the real text.' },
      ]),
      (id) => (id === 'board-tor' ? 'Board terms of reference' : id),
    );
    expect(errors).toEqual([
      { text: 'Board terms of reference: Say what the quorum is.', target: { sectionId: 'board-tor', location: { from: 3, to: 9 } } },
      { text: 'Principle (c) is addressed nowhere.' },
      { text: '"Board terms of reference" still holds only the starter text.', target: { sectionId: 'board-tor' } },
    ]);
    const vision = { text: '"Vision" is not approved yet.', target: { sectionId: 'vision' } };
    expect(missingForFinal({ checkErrors: errors, notApproved: [vision, vision], fromExport: null })).toEqual([...errors, vision]);
  });

  it('uses the core’s list once an export has been made, keeping the places it knows', () => {
    const a = { text: 'a', target: { sectionId: 'vision' } };
    expect(missingForFinal({ checkErrors: [a], notApproved: [{ text: 'b' }], fromExport: ['c', ' ', 'a'] })).toEqual([{ text: 'c' }, a]);
    expect(missingForFinal({ checkErrors: [a], notApproved: [], fromExport: [] })).toEqual([]);
  });

  it('offers a draft and a deliberate final export when something is missing, else one export', () => {
    expect(exportActions([], true).map((action) => [action.label, action.final])).toEqual([['Export', true]]);
    expect(exportActions([{ text: 'x' }], true).map((action) => [action.label, action.final])).toEqual([
      ['Export as draft', false],
      ['Export as final anyway', true],
    ]);
  });

  it('offers no final export while a required section is not approved or a placeholder is left', () => {
    expect(exportActions([{ text: '"Vision" is not approved yet.' }], false).map((action) => [action.label, action.final])).toEqual([['Export as draft', false]]);
    // Sign-off that could not be read lists nothing, and is still not approval.
    expect(exportActions([], false).map((action) => [action.label, action.final])).toEqual([['Export as draft', false]]);
    expect(exportActions([{ text: 'Vision: replace the placeholder "[Name]".' }], true, true).map((action) => [action.label, action.final])).toEqual([['Export as draft', false]]);
  });

  it('says where the file went and whether it is marked draft', () => {
    expect(exportedMessage('Northshire.docx', true, null)).toBe('Saved Northshire.docx (see your browser’s downloads). It is marked DRAFT.');
    expect(exportedMessage('Northshire.pdf', false, '/home/me/Northshire.pdf')).toBe('Saved Northshire.pdf to /home/me/Northshire.pdf. It is a final copy, not marked draft.');
  });
});
