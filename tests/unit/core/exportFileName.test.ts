import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../electron/core/export/exportFileName.js';

const STRATEGY = 'corporate parenting strategy';

describe('export file names', () => {
  it('names the file from the council and period, marking drafts', () => {
    expect(exportFileName({ council: 'Northfield Borough Council', periodStart: 2025, periodEnd: 2028 }, STRATEGY, 'docx', true)).toBe(
      'Northfield Borough Council corporate parenting strategy 2025-2028 (DRAFT).docx',
    );
    expect(exportFileName({ council: 'Northfield Borough Council', periodStart: 2025, periodEnd: 2028 }, STRATEGY, 'pdf', false)).toBe(
      'Northfield Borough Council corporate parenting strategy 2025-2028.pdf',
    );
  });

  it('names a bilingual draft\'s Welsh document in Welsh, and the English one as before', () => {
    const cover = { council: 'Cyngor Sir Enghraifft', periodStart: 2025, periodEnd: 2028 };
    expect(exportFileName(cover, STRATEGY, 'pdf', true, 'cy')).toBe('Cyngor Sir Enghraifft corporate parenting strategy 2025-2028 (Cymraeg) (DRAFT).pdf');
    expect(exportFileName(cover, STRATEGY, 'docx', false, 'en')).toBe('Cyngor Sir Enghraifft corporate parenting strategy 2025-2028.docx');
  });

  it('copes with a blank cover and a half-filled period', () => {
    expect(exportFileName({ council: '  ', periodStart: null, periodEnd: null }, STRATEGY, 'pdf', false)).toBe('Corporate parenting strategy.pdf');
    expect(exportFileName({ council: '', periodStart: 2025, periodEnd: null }, STRATEGY, 'docx', true)).toBe('Corporate parenting strategy 2025 (DRAFT).docx');
  });

  it("uses the pack's name for the document", () => {
    expect(exportFileName({ council: 'Northfield Borough Council', periodStart: 2026, periodEnd: 2027 }, 'corporate parenting annual report', 'pdf', false)).toBe(
      'Northfield Borough Council corporate parenting annual report 2026-2027.pdf',
    );
    expect(exportFileName({ council: '', periodStart: null, periodEnd: null }, 'corporate parenting annual report', 'docx', false)).toBe('Corporate parenting annual report.docx');
  });

  it('leaves out characters file systems refuse, and keeps the name to a sensible length', () => {
    expect(exportFileName({ council: 'A/B: C*D? "E" <F> |G|\\H\u0007', periodStart: null, periodEnd: null }, STRATEGY, 'docx', false)).toBe(
      'A B C D E F G H corporate parenting strategy.docx',
    );
    expect(exportFileName({ council: 'Ystrad Fflur…', periodStart: null, periodEnd: null }, STRATEGY, 'pdf', false)).toBe('Ystrad Fflur… corporate parenting strategy.pdf');
    const long = exportFileName({ council: 'x'.repeat(400), periodStart: 2025, periodEnd: 2028 }, STRATEGY, 'docx', true);
    expect(long.length).toBeLessThanOrEqual(150 + ' (DRAFT).docx'.length);
    expect(long.endsWith(' (DRAFT).docx')).toBe(true);
    expect(exportFileName({ council: `${'a'.repeat(148)}. more`, periodStart: null, periodEnd: null }, STRATEGY, 'pdf', false)).toBe(`${'a'.repeat(148)}.pdf`);
  });
});
