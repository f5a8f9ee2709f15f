import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli.js';
import { TEMPLATES_DIR } from '../../fixtures/shippedTemplate.js';
import { useCore } from '../core/apiHarness.js';
import { snapshot, tempDir } from '../core/fixtures.js';
import { adopt, EET, MISSING, MOVES } from '../progress/adoptedStrategy.js';
import type { Run } from './cliSandbox.js';

const start = useCore();

/** A library holding one adopted England strategy, closed again so the CLI opens it as a user would. */
async function libraryWithAdoptedStrategy() {
  const dataDir = tempDir();
  const { core, call } = start(dataDir, TEMPLATES_DIR);
  const draft = await call('drafts.create', { templateId: 'england-strategy', title: 'Northvale strategy' });
  await adopt(call, draft);
  core.close();
  const run = async (...argv: string[]): Promise<Run> => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli([...argv, '--data-dir', dataDir, '--templates-dir', TEMPLATES_DIR], { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  };
  const file = (name: string, content: string | Buffer) => {
    const at = path.join(tempDir('cps-figures-'), name);
    fs.writeFileSync(at, content);
    return at;
  };
  return { id: draft.id, run, file, databasePath: path.join(dataDir, 'library.sqlite') };
}

describe('cli: figures', () => {
  it('imports a CSV, printing what matched which measure, then the progress', async () => {
    const { id, run, file } = await libraryWithAdoptedStrategy();
    const csv = file('return.csv', ['Measure,Period,Value,Date', `"${EET}",2025-26 Q1,55%,30/06/2025`, `"${MISSING}",2025-26 Q1,3,`].join('\n'));
    const result = await run('figures', id, '--import', csv);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/return\.csv: 2 of 2 rows match a measure\./);
    expect(result.stdout).toMatch(/Recorded 2 figures from return\.csv\./);
    const missingLine = result.stdout.split('\n').filter((line) => line.startsWith(MISSING)).at(-1) ?? '';
    expect(missingLine).toMatch(/fewer than 5 \(2025-26 Q1\)/);
    expect(missingLine).not.toMatch(/\b3\b/);

    const progress = JSON.parse((await run('figures', id, '--json')).stdout) as { measures: { measure: { indicator: string }; printed: { latest: string | null } }[] };
    expect(progress.measures.map((entry) => [entry.measure.indicator, entry.printed.latest])).toEqual([
      [EET, '55%'],
      [MOVES, null],
      [MISSING, 'fewer than 5'],
    ]);
  });

  it('refuses the whole file on one bad row, prints each row with its reason and exits 1', async () => {
    const { id, run, file, databasePath } = await libraryWithAdoptedStrategy();
    const before = snapshot(databasePath);
    const csv = file('return.csv', ['Measure,Period,Value', `"${EET}",2025-26 Q1,55`, 'Foster carers recruited,2025-26 Q1,12'].join('\n'));
    const result = await run('figures', id, '--import', csv);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Nothing was recorded: 1 of 2 rows of return.csv was refused (reasons above).');
    expect(result.stdout).toMatch(/^2\s+ok\s+Care leavers/m);
    expect(result.stdout).toMatch(/^3\s+refused\s+Foster carers recruited\s+"Foster carers recruited" is not a measure/m);
    expect(snapshot(databasePath)).toBe(before);
  });

  it('reads the first sheet of an .xlsx workbook', async () => {
    const { id, run, file } = await libraryWithAdoptedStrategy();
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="Returns" sheetId="1" r:id="rId1"/></sheets></workbook>');
    zip.file('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>');
    zip.file(
      'xl/worksheets/sheet1.xml',
      `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Indicator</t></is></c><c r="B1" t="inlineStr"><is><t>Period</t></is></c><c r="C1" t="inlineStr"><is><t>Value</t></is></c></row>` +
        `<row r="2"><c r="A2" t="inlineStr"><is><t>${MOVES}</t></is></c><c r="B2" t="inlineStr"><is><t>2025-26</t></is></c><c r="C2"><v>9.5</v></c></row></sheetData></worksheet>`,
    );
    const xlsx = file('return.xlsx', await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const result = await run('figures', id, '--import', xlsx, '--json');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { added: number; preview: { sheet: string } };
    expect(printed.added).toBe(1);
    expect(printed.preview.sheet).toBe('Returns');
  });

  it('fails in one line for a file that is not there', async () => {
    const { id, run } = await libraryWithAdoptedStrategy();
    const result = await run('figures', id, '--import', '/nonexistent/return.csv');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Could not read .*return\.csv: no such file\.$/);
  });
});
