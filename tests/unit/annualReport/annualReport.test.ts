import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateAnnualReport, NO_FIGURE, type ReportedMeasure } from '../../../shared/annualReport/annualReport.js';
import { reportedMeasures } from '../../../shared/annualReport/reportedMeasures.js';
import type { ConsultationSessionInput } from '../../../shared/consultation/consultationLog.js';
import { compileRules } from '../../../shared/completeness/registry.js';
import type { ElementCheck, SectionRuleEnv } from '../../../shared/completeness/rules/index.js';
import { readSection } from '../../../shared/completeness/sectionContext.js';
import { emptyCover, type NodeJSON } from '../../../shared/model/draft.js';
import { sectionWithRole, type Template } from '../../../shared/template/template.js';
import { readMeasures } from '../../../shared/progress/measures.js';
import { buildProgressReport } from '../../../shared/progress/report.js';
import { DEFAULT_THRESHOLDS } from '../../../shared/progress/status.js';
import type { MeasureFigure } from '../../../shared/progress/figures.js';
import { loadTemplates } from '../../../electron/core/templates/loadTemplates.js';
import { doc, p, table } from '../completeness/fixtures/build.js';

const { templates, problems } = loadTemplates(fileURLToPath(new URL('../../../templates/', import.meta.url)));
const pack = (id: string): Template => {
  const found = templates.find((template) => template.id === id);
  if (!found) throw new Error(`${id} was not loaded`);
  return found;
};
const report = pack('annual-report');
const england = pack('england-strategy');
const progressId = sectionWithRole(report, 'progress-report')?.id ?? '';
const youSaidId = sectionWithRole(report, 'you-said-we-did')?.id ?? '';

const MEASURES: ReportedMeasure[] = [
  { indicator: 'Care leavers in education, employment or training', baseline: '54% (March 2025)', target: '65% (March 2028)', latest: { value: '58%', period: '2025 to 2026' }, status: 'amber' },
  { indicator: 'Children with three or more moves in a year', baseline: '11% (March 2025)', target: '8% (March 2028)', latest: { value: '13%', period: '2025 to 2026' }, status: 'red', statusExplanation: 'Fewer foster carers; a recruitment drive starts in May.' },
  { indicator: 'Reviews where the child spoke up', baseline: '70% (2024)', target: '90% (2027)' },
];

const SESSION: ConsultationSessionInput = {
  heldOn: '2026-02-14',
  group: 'Children in Care Council',
  participants: 9,
  consent: { recorded: true, how: 'Written forms' },
  points: [
    { youSaid: 'We never know who our worker is.\nIt changes all the time.', concerns: 'Pledge 2', weDid: 'A letter with your worker’s name and photo.', toldOn: '2026-03-20' },
    { youSaid: 'Bus passes run out too soon.', concerns: 'Priority 3', weDid: '', toldOn: '' },
  ],
};

const strategy = { title: 'Our promise 2025 to 2028', cover: { ...emptyCover(), council: 'Eastmoor Council', title: 'Our promise 2025 to 2028', owner: 'Director of Children’s Services' } };

function generate(measures: readonly ReportedMeasure[] = MEASURES, sessions: readonly ConsultationSessionInput[] = [SESSION]) {
  return generateAnnualReport({ template: report, strategy, measures, sessions, today: '2026-06-30' });
}

/** The rules the report pack gives a section, run on its content as the checker runs them. */
function check(sectionId: string, content: NodeJSON): ElementCheck[] {
  const rules = compileRules(report).sections.get(sectionId);
  if (!rules) throw new Error(`no rules for ${sectionId}`);
  expect(rules.problems).toEqual([]);
  const read = readSection(sectionId, content);
  if (!read.ok) throw new Error(read.message);
  const env: SectionRuleEnv = { template: report, cover: emptyCover(), localNames: {}, section: () => undefined };
  return rules.runs.flatMap((run) => run.rule.check(read.context, env, run.params));
}
const failed = (checks: ElementCheck[]) => checks.filter((each) => !each.passed).map((each) => each.element);
const messageOf = (checks: ElementCheck[], element: string) => checks.find((each) => each.element === element && !each.passed)?.message ?? '';

function tableRows(content: NodeJSON, index = 0): string[][] {
  const read = readSection('x', content);
  if (!read.ok) throw new Error(read.message);
  return (read.context.tables[index]?.rows ?? []).map((row) => row.map((cell) => cell.text));
}

describe('generating the annual report', () => {
  it('is linked from the strategy packs, and fills the progress and "you said, we did" sections', () => {
    expect(problems.filter((problem) => problem.file.includes('annual-report'))).toEqual([]);
    expect(england.annualReport).toBe('annual-report');
    expect(report.export.approvingBody).toBe('Full Council');
    const generated = generate();
    expect([...generated.sections.keys()].sort()).toEqual([progressId, youSaidId].sort());
    expect(generated.cover).toMatchObject({ council: 'Eastmoor Council', title: report.name, periodStart: 2025, periodEnd: 2026, approvingBody: 'Full Council', owner: '' });
  });

  it('writes one row per measure with the latest figure and status, and says when there is no figure yet', () => {
    const progress = generate().sections.get(progressId);
    if (!progress) throw new Error('no progress section');
    expect(tableRows(progress)).toEqual([
      ['Indicator', 'Baseline', 'Target', 'Latest', 'Status', 'Commentary'],
      ['Care leavers in education, employment or training', '54% (March 2025)', '65% (March 2028)', '58% (2025 to 2026)', 'Amber', ''],
      ['Children with three or more moves in a year', '11% (March 2025)', '8% (March 2028)', '13% (2025 to 2026)', 'Red', 'Fewer foster carers; a recruitment drive starts in May.'],
      ['Reviews where the child spoke up', '70% (2024)', '90% (2027)', NO_FIGURE, '', ''],
    ]);
    expect(JSON.stringify(progress)).toContain('Of these, 1 is amber, 1 is red and 1 has no figure recorded yet.');
    expect(JSON.stringify(progress)).toContain('each of the 3 measures in “Our promise 2025 to 2028”');
  });

  it('places each chart given, with its description, after the table', () => {
    const chart = { svgDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+', alt: 'Care leavers in education rose from 54% to 58%; the target is 65%.' };
    const progress = generate([{ ...MEASURES[0], chart } as ReportedMeasure]).sections.get(progressId);
    const last = progress?.content?.[progress.content.length - 1];
    expect(last).toEqual({ type: 'image', attrs: { src: chart.svgDataUrl, alt: chart.alt } });
  });

  it('makes "you said, we did" from the sessions with consent, keeping quotes’ line breaks, and leaves out the others with a note to the officer', () => {
    const unconsented = { ...SESSION, group: 'Care leavers’ forum', consent: { recorded: false, how: '' }, points: [{ ...SESSION.points[1], youSaid: 'Not to be published.' } as ConsultationSessionInput['points'][number]] };
    const section = generate(MEASURES, [SESSION, unconsented]).sections.get(youSaidId);
    if (!section) throw new Error('no you-said section');
    const text = JSON.stringify(section);
    expect(text).toContain('This year we met children and young people once, and 9 young people took part:');
    expect(text).toContain('Children in Care Council, 14 February 2026 (9 young people)');
    expect(text).toContain('[One session in the consultation log has no consent recorded');
    expect(text).not.toContain('Not to be published.');
    expect(text).toContain('{"type":"text","text":"We never know who our worker is."},{"type":"hard_break"},{"type":"text","text":"It changes all the time."}');
    expect(tableRows(section)).toEqual([
      ['You said', 'We did', 'About', 'Told you on'],
      ['We never know who our worker is. It changes all the time.', 'A letter with your worker’s name and photo.', 'Pledge 2', '20 March 2026'],
      ['Bus passes run out too soon.', '', 'Priority 3', ''],
    ]);
  });

  it('leaves a placeholder, not an empty promise, when there are no measures or no sessions', () => {
    const generated = generate([], []);
    expect(JSON.stringify(generated.sections.get(progressId))).toMatch(/\[The measures table of “Our promise 2025 to 2028” has no measures in it yet/);
    expect(JSON.stringify(generated.sections.get(youSaidId))).toMatch(/\[The consultation log has no sessions with consent recorded yet/);
  });
});

describe('the strategy’s measures in the report', () => {
  const measuresId = sectionWithRole(england, 'measures')?.id ?? '';
  const strategyDraft = {
    sections: [
      {
        id: measuresId,
        revision: 0,
        updatedAt: '',
        doc: doc(
          p('How we will know.'),
          table('measures', [
            ['Priority', 'Indicator', 'Baseline', 'Baseline date', 'Target', 'Target date', 'Source', 'Owner'],
            ['1', 'Care leavers in education', '54%', 'March 2025', '65%', 'March 2028', 'SSDA903', 'Head of service'],
            ['2', '', '', '', '', '', '', ''],
            ['2', 'Young people with a missing episode', '20', '', '10', '2028', 'SSDA903', 'Head of service'],
            ['3', 'Young people who feel listened to', 'Not known', '2024', 'Most', '2028', 'Our survey 2025', 'Participation lead'],
          ]),
        ),
      },
    ],
  };
  const figure = (id: number, measureId: string, period: string, value: number): MeasureFigure => ({ id, measureId, period, value, date: null, source: '', note: '', enteredBy: 'Officer', enteredAt: '2026-01-01' });
  const progressWith = (figures: MeasureFigure[]) => {
    const measures = readMeasures(strategyDraft, england);
    const stored = measures.map((measure, index) => ({ id: `m${index}`, indicator: measure.indicator, key: measure.key, createdBy: 'Officer', createdAt: '2026-01-01' }));
    return buildProgressReport({ draftId: 'd', title: 'Our promise', notAdopted: [], thresholds: DEFAULT_THRESHOLDS, measures, stored, figures });
  };

  it('takes each filled row of the measures table, with the baseline and target dates, and says when no figure is recorded', () => {
    expect(reportedMeasures(progressWith([]))).toEqual([
      { indicator: 'Care leavers in education', baseline: '54% (March 2025)', target: '65% (March 2028)' },
      { indicator: 'Young people with a missing episode', baseline: '20', target: '10 (2028)' },
      { indicator: 'Young people who feel listened to', baseline: 'Not known (2024)', target: 'Most (2028)' },
    ]);
    expect(tableRows(generate(reportedMeasures(progressWith([]))).sections.get(progressId) ?? doc())[1]?.[3]).toBe(NO_FIGURE);
  });

  it('carries the latest figure, its status and a chart stating the figures, with small counts hidden', () => {
    const [education, missing] = reportedMeasures(progressWith([figure(1, 'm0', '2025-26 Q1', 56), figure(2, 'm0', '2025-26 Q2', 64), figure(3, 'm1', '2025-26', 3)]));
    expect(education).toMatchObject({ latest: { value: '64%', period: '2025-26 Q2' }, status: 'green' });
    expect(education?.chart?.svgDataUrl).toMatch(/^data:image\/svg\+xml/);
    expect(education?.chart?.alt).toContain('2025-26 Q2: 64%');
    // Three young people is under the threshold of five: printed as "fewer than 5" in the table and in the chart's description alike.
    expect(missing?.latest?.value).toMatch(/fewer than 5/i);
    expect(missing?.chart?.alt).not.toMatch(/\b3\b/);
    const content = generate([education, missing].flatMap((measure) => (measure ? [measure] : []))).sections.get(progressId) ?? doc();
    expect(JSON.stringify(content)).toContain('data:image/svg+xml');
  });
});

describe('the annual report’s checks', () => {
  it('pass a progress table with every measure reported and each red explained', () => {
    const measures = MEASURES.map((measure) => ({ ...measure, latest: measure.latest ?? { value: '82%', period: '2025 to 2026' }, status: measure.status ?? 'green' }));
    expect(failed(check(progressId, generate(measures).sections.get(progressId) ?? doc()))).toEqual([]);
  });

  it('name each measure with no figure or no status, and each red with no commentary', () => {
    const measures = [...MEASURES.slice(0, 1), { ...MEASURES[1], statusExplanation: '' } as ReportedMeasure, MEASURES[2] as ReportedMeasure];
    const checks = check(progressId, generate(measures).sections.get(progressId) ?? doc());
    expect(failed(checks)).toEqual(['latest-figure', 'status', 'red-explained']);
    expect(messageOf(checks, 'latest-figure')).toContain('“Reviews where the child spoke up”');
    expect(messageOf(checks, 'red-explained')).toContain('“Children with three or more moves in a year”');
  });

  it('ask for the table when the progress section has none', () => {
    expect(failed(check(progressId, doc(p('Things went well.'))))).toEqual(['progress-table']);
  });

  it('pass when every "you said" has a "we did" and a date, and name the ones that do not', () => {
    const answered = { ...SESSION, points: SESSION.points.map((point) => ({ ...point, weDid: point.weDid || 'Passes now last until 21.', toldOn: point.toldOn || '2026-05-01' })) } as ConsultationSessionInput;
    expect(failed(check(youSaidId, generate(MEASURES, [answered]).sections.get(youSaidId) ?? doc()))).toEqual([]);

    const unanswered = check(youSaidId, generate().sections.get(youSaidId) ?? doc());
    expect(failed(unanswered)).toEqual(['we-did']);
    expect(messageOf(unanswered, 'we-did')).toContain('“Bus passes run out too soon.”');

    const untold = { ...SESSION, points: [{ ...SESSION.points[0], toldOn: '' }] } as ConsultationSessionInput;
    expect(failed(check(youSaidId, generate(MEASURES, [untold]).sections.get(youSaidId) ?? doc()))).toEqual(['told-on']);
    expect(failed(check(youSaidId, generate(MEASURES, []).sections.get(youSaidId) ?? doc()))).toEqual(['you-said-table']);
  });
});
