import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { markdownToDoc } from '../../../shared/model/markdown.js';
import { TEMPLATES_DIR } from '../../fixtures/shippedTemplate.js';
import { useCore } from '../core/apiHarness.js';
import { tempDir } from '../core/fixtures.js';
import { adopt, EET, MEASURES, MISSING, MOVES } from './adoptedStrategy.js';

const start = useCore();
const FORMAT_4 = path.resolve(__dirname, '../../fixtures/libraries/format-4-england-pack-v2.sqlite');
const WRITTEN = '385118a6-23bb-44a5-8d21-825c6d99ea69';

async function adoptedStrategy() {
  const { call, fail, libraryState } = start(tempDir(), TEMPLATES_DIR);
  const draft = await call('drafts.create', { templateId: 'england-strategy', title: 'Northvale strategy' });
  await adopt(call, draft);
  return { call, fail, libraryState, id: draft.id };
}

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`nothing at ${index}`);
  return item;
}

const csv = (text: string) => ({ fileName: 'figures.csv', dataBase64: Buffer.from(text).toString('base64') });

describe('progress on the measures', () => {
  it('opens a library written at schema 4 and reads the measures of its strategy', async () => {
    const dataDir = tempDir();
    fs.copyFileSync(FORMAT_4, path.join(dataDir, 'library.sqlite'));
    const { call, databasePath } = start(dataDir, TEMPLATES_DIR);
    const report = await call('progress.get', { id: WRITTEN });
    expect(report.measures.map((entry) => entry.measure.indicator)).toEqual([EET, MOVES, 'Young people who say they feel settled where they live (our survey)']);
    expect(report.measures[0]?.measure.baseline.value).toBe(52);
    expect(report.measures[0]?.printed.target).toBe('65%');
    expect(report.adopted).toBe(false);
    expect(report.notAdopted.length).toBeGreaterThan(0);
    expect(report.thresholds).toEqual({ greenFrom: 90, amberFrom: 50, suppressBelow: 5 });
    const db = new BetterSqlite3(databasePath, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(5);
    expect(db.prepare('SELECT count(*) AS n FROM progress_figures').get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses figures for a strategy that is not adopted, writing nothing', async () => {
    const { call, fail, libraryState } = start(tempDir(), TEMPLATES_DIR);
    const draft = await call('drafts.create', { templateId: 'england-strategy' });
    const before = libraryState();
    const error = await fail('progress.addFigure', { id: draft.id, measure: EET, period: '2025-26 Q1', value: '55' });
    expect(error.code).toBe('not-approved');
    expect(error.details?.length).toBeGreaterThan(0);
    expect(libraryState()).toBe(before);
  });

  it('keeps every entry: a correction for the same period wins, the earlier one stays in the history', async () => {
    const { call, id } = await adoptedStrategy();
    await call('progress.addFigure', { id, measure: EET, period: '2025-26 Q1', value: '55%', date: '30/06/2025', source: 'SSDA903' });
    const report = await call('progress.addFigure', { id, measure: EET.toUpperCase(), period: '2025-26 q1', value: '56' });
    const eet = at(report.measures, 0);
    expect(eet.measureId).not.toBeNull();
    expect(eet.history.map((figure) => figure.value)).toEqual([56, 55]);
    expect(eet.figures).toHaveLength(1);
    expect(eet.latest?.figure.value).toBe(56);
    expect(eet.figures[0]?.superseded.map((figure) => figure.value)).toEqual([55]);
  });

  it('gives the status from the council thresholds, both sides of each', async () => {
    const { call, id } = await adoptedStrategy();
    // 52 → 65: 13 points the whole way. 63.7 is 90%, 58.5 is 50%.
    const statusAt = async (value: string, period: string) => at((await call('progress.addFigure', { id, measure: EET, period, value })).measures, 0).status.status;
    expect(await statusAt('63.7', '2025-26 Q1')).toBe('green');
    expect(await statusAt('63.6', '2025-26 Q2')).toBe('amber');
    expect(await statusAt('58.5', '2025-26 Q3')).toBe('amber');
    expect(await statusAt('58.4', '2025-26 Q4')).toBe('red');
    expect(await statusAt('50', '2026-27 Q1')).toBe('red');
    await call('progress.setThresholds', { greenFrom: 40, amberFrom: 10, suppressBelow: 5 });
    expect(await statusAt('58.4', '2026-27 Q2')).toBe('green');
    // Lower is better for placement moves: 11 → 8.
    const moves = at((await call('progress.addFigure', { id, measure: MOVES, period: '2025-26 Q1', value: '9' })).measures, 1);
    expect(moves.status.status).toBe('green');
  });

  it('prints a count under the threshold as "fewer than N", and the boundary itself as the figure', async () => {
    const { call, id } = await adoptedStrategy();
    await call('progress.addFigure', { id, measure: MISSING, period: '2025-26 Q1', value: '5' });
    let missing = at((await call('progress.get', { id })).measures, 2);
    expect(missing.measure.kind).toBe('count');
    expect(missing.printed.latest).toBe('5');
    missing = at((await call('progress.addFigure', { id, measure: MISSING, period: '2025-26 Q2', value: '4' })).measures, 2);
    expect(missing.printed.latest).toBe('fewer than 5');
    // The change would give the hidden figure away.
    expect(missing.printed.change).toBeNull();
  });

  it('refuses a figure typed wrongly with the reason', async () => {
    const { fail, id, libraryState } = await adoptedStrategy();
    const before = libraryState();
    const cases: [Record<string, string>, RegExp][] = [
      [{ measure: 'Made-up measure', period: '2025-26 Q1', value: '1' }, /not a measure in this strategy/],
      [{ measure: EET, period: '2025-26 Q1', value: 'about 50' }, /not a number/],
      [{ measure: EET, period: 'Spring', value: '50' }, /not a period/],
      [{ measure: EET, period: '2025-26 Q1', value: '50', date: '15/09/2025' }, /outside 2025-26 Q1/],
      [{ measure: EET, period: '2025-26 Q1', value: '50', date: '06/30/2025' }, /US-order/],
      [{ measure: EET, period: '2025-26 Q1', value: '50', note: '=HYPERLINK("http://x","y")' }, /formula/],
    ];
    for (const [fields, reason] of cases) {
      const error = await fail('progress.addFigure', { id, ...fields });
      expect(error.details?.join(' '), JSON.stringify(fields)).toMatch(reason);
    }
    expect(libraryState()).toBe(before);
  });

  it('imports a CSV laid out by a performance team, under a title row, in one go', async () => {
    const { call, id } = await adoptedStrategy();
    const file = csv(
      [
        'Northvale performance return,,,,',
        'Indicator,Quarter,Actual,As at,Notes',
        `"${EET}",2025-26 Q1,55%,30/06/2025,`,
        `"${MOVES}",2025-26 Q1,10.5,30/06/2025,"Down, as planned"`,
        `${MISSING},2025-26 Q1,3,,`,
      ].join('\r\n'),
    );
    const preview = await call('progress.previewImport', { id, ...file });
    expect(preview.rows.flatMap((row) => row.problems)).toEqual([]);
    expect(preview.rows.map((row) => [row.row, row.matchedIndicator])).toEqual([
      [3, EET],
      [4, MOVES],
      [5, MISSING],
    ]);
    const before = await call('progress.get', { id });
    expect(before.measures.every((entry) => entry.history.length === 0)).toBe(true);
    const { added, report } = await call('progress.import', { id, ...file });
    expect(added).toBe(3);
    expect(report.measures[1]?.latest?.figure.note).toBe('Down, as planned');
    expect(report.measures[2]?.printed.latest).toBe('fewer than 5');
  });

  it('refuses the whole file when any row is bad, naming each row and reason', async () => {
    const { fail, id, libraryState } = await adoptedStrategy();
    const before = libraryState();
    const error = await fail('progress.import', {
      id,
      ...csv(
        [
          'Measure,Period,Value,Date,Source',
          `"${EET}",2025-26 Q1,55,30/06/2025,SSDA903`,
          `Unknown measure,2025-26 Q1,5,,`,
          `"${EET}",2025-26 Q2,n/a,,`,
          `"${EET}",2025-26 Q3,57,15/06/2025,`,
          `"${EET}",2025-26 Q2,57,09/30/2025,`,
          `"${EET}",2025-26 Q4,57,,"=HYPERLINK(""http://evil"",""click"")"`,
        ].join('\n'),
      ),
    });
    expect(error.code).toBe('import-failed');
    expect(error.message).toMatch(/Nothing was recorded: 5 of 6 rows were refused/);
    const details = error.details ?? [];
    expect(details[0]).toMatch(/^Row 3: "Unknown measure" is not a measure/);
    expect(details[1]).toMatch(/^Row 4: The value "n\/a" is not a number/);
    expect(details[2]).toMatch(/^Row 5: The date 15\/06\/2025 is outside 2025-26 Q3/);
    expect(details[3]).toMatch(/^Row 6: .*US-order/);
    expect(details[4]).toMatch(/^Row 7: .*formula/);
    expect(libraryState()).toBe(before);
  });

  it('refuses files that are not spreadsheets of figures', async () => {
    const { fail, id, libraryState } = await adoptedStrategy();
    const before = libraryState();
    const refusals: [{ fileName: string; dataBase64: string }, RegExp][] = [
      [{ fileName: 'figures.pdf', dataBase64: Buffer.from('%PDF-1.7').toString('base64') }, /not a spreadsheet/],
      [{ fileName: 'figures.xlsx', dataBase64: Buffer.from('Measure,Period,Value').toString('base64') }, /not an Excel workbook/],
      [{ fileName: 'figures.csv', dataBase64: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1]).toString('base64') }, /binary data/],
      [csv('Name,Age\nSam,12'), /No header row/],
      [{ fileName: 'figures.csv', dataBase64: Buffer.alloc(50_000_001, 0x41).toString('base64') }, /larger than 50 MB/],
    ];
    for (const [file, reason] of refusals) {
      const error = await fail('progress.previewImport', { id, ...file });
      expect(error.message, file.fileName).toMatch(reason);
    }
    expect(libraryState()).toBe(before);
  });

  it('reads an Excel workbook: shared strings, date serials and a formula cell by its result', async () => {
    const { call, id } = await adoptedStrategy();
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('xl/workbook.xml', '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Q1 return" sheetId="1" r:id="rId1"/></sheets></workbook>');
    zip.file('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
    zip.file('xl/sharedStrings.xml', `<sst><si><t>Measure</t></si><si><t>Period</t></si><si><t>Value</t></si><si><t>Date</t></si><si><t>${EET}</t></si><si><t>2025-26 Q1</t></si></sst>`);
    zip.file(
      'xl/worksheets/sheet1.xml',
      '<worksheet><sheetData>' +
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
        // 45838 is 30 June 2025; the value is a formula whose cached result is 55.
        '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2"><f>B9/B10*100</f><v>55</v></c><c r="D2"><v>45838</v></c></row>' +
        '</sheetData></worksheet>',
    );
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const preview = await call('progress.previewImport', { id, fileName: 'return.xlsx', dataBase64: bytes.toString('base64') });
    expect(preview.sheet).toBe('Q1 return');
    expect(preview.rows).toHaveLength(1);
    expect(preview.rows[0]?.problems).toEqual([]);
    expect(preview.rows[0]?.entry).toMatchObject({ period: '2025-26 Q1', value: 55, date: '2025-06-30' });
  });

  it('re-links a measure whose wording changed, keeping its figures', async () => {
    const { call, id } = await adoptedStrategy();
    const first = await call('progress.addFigure', { id, measure: EET, period: '2025-26 Q1', value: '55' });
    const measureId = at(first.measures, 0).measureId ?? '';
    const draft = await call('drafts.open', { id });
    const section = at(draft.sections.filter((candidate) => candidate.id === 'measures'), 0);
    const reworded = MEASURES.replace(EET, 'Care leavers aged 19 to 21 in education, employment or training');
    await call('drafts.updateSection', { id, sectionId: 'measures', baseRevision: section.revision, doc: markdownToDoc(reworded) });
    const changed = await call('progress.get', { id });
    expect(changed.measures[0]?.history).toEqual([]);
    expect(changed.unlinked.map((entry) => entry.measure.id)).toEqual([measureId]);
    const relinked = await call('progress.relink', { id, measureId, indicator: 'Care leavers aged 19 to 21 in education, employment or training' });
    expect(relinked.unlinked).toEqual([]);
    expect(relinked.measures[0]?.measureId).toBe(measureId);
    expect(relinked.measures[0]?.latest?.figure.value).toBe(55);
  });
});
