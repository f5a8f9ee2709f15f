import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/createCore.js';
import type { Method, Request, Response } from '../../../shared/api/contract.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { ApiResult } from '../../../shared/api/errors.js';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/model/houseStyle.js';
import { fontNames } from '../export/pdfTools.js';
import { docxParts } from '../../fixtures/docxInspect.js';
import { TEMPLATES_DIR } from '../../fixtures/shippedTemplate.js';
import { tempDir } from './fixtures.js';
import { cliSandbox, expectOneLineError } from '../cli/cliSandbox.js';

/** Schema 4, written before the house style existed: see tests/fixtures/libraries/README.md. */
const LIBRARY_BEFORE_HOUSE_STYLE = path.resolve(__dirname, '../../fixtures/libraries/format-4-england-pack-v2.sqlite');
const WRITTEN = '385118a6-23bb-44a5-8d21-825c6d99ea69';

const cores: Core[] = [];
afterEach(() => {
  cores.splice(0).forEach((core) => core.close());
});

function startCore(dataDir: string) {
  const core = createCore({ dataDir, templatesDir: TEMPLATES_DIR });
  cores.push(core);
  const attempt = (method: Method, payload: unknown): Promise<ApiResult<unknown>> => dispatch(core.handlers, method, payload as never);
  const call = async <M extends Method>(method: M, payload: Request<M>): Promise<Response<M>> => {
    const result = await attempt(method, payload);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
    return result.value as Response<M>;
  };
  return { call, attempt };
}

function copyOfOldLibrary(): string {
  const dataDir = tempDir();
  fs.copyFileSync(LIBRARY_BEFORE_HOUSE_STYLE, path.join(dataDir, 'library.sqlite'));
  return dataDir;
}

describe('the house style setting', () => {
  it('gives a library written before the setting existed the defaults, and its exports the default font and colour', async () => {
    const { call } = startCore(copyOfOldLibrary());
    expect((await call('settings.get', {})).houseStyle).toEqual(DEFAULT_HOUSE_STYLE);
    const docx = await call('drafts.export', { id: WRITTEN, format: 'docx', final: false });
    const styles = (await docxParts(Buffer.from(docx.dataBase64, 'base64'), ['word/styles.xml']))['word/styles.xml'] ?? '';
    expect(styles).toContain('w:ascii="Arial"');
    expect(styles).toContain('w:val="1F3864"');
    const pdf = await call('drafts.export', { id: WRITTEN, format: 'pdf', final: false });
    expect((await fontNames(Buffer.from(pdf.dataBase64, 'base64'))).some((name) => name.endsWith('+Arimo-Regular'))).toBe(true);
  }, 120_000);

  it('keeps each part that is changed and the others as they were, for every later export', async () => {
    const dataDir = tempDir();
    const { call } = startCore(dataDir);
    const changed = await call('settings.update', { houseStyle: { font: 'Calibri' } });
    expect(changed.houseStyle).toEqual({ ...DEFAULT_HOUSE_STYLE, font: 'Calibri' });
    const recoloured = await call('settings.update', { houseStyle: { headingColour: ' #8b1a1a ', coverLayout: 'title-centred' } });
    expect(recoloured.houseStyle).toEqual({ font: 'Calibri', headingColour: '#8B1A1A', coverLayout: 'title-centred' });
    cores.splice(0).forEach((core) => core.close());
    expect((await startCore(dataDir).call('settings.get', {})).houseStyle).toEqual(recoloured.houseStyle);
  });

  it('refuses a colour that is not one, or too pale to read, and a font or layout it does not know, saying why and changing nothing', async () => {
    const { call, attempt } = startCore(tempDir());
    const before = (await call('settings.get', {})).houseStyle;
    const refusals = [
      [{ headingColour: 'navy' }, /six hexadecimal digits/],
      [{ headingColour: '#FFFF00' }, /too pale .* 4\.5:1/],
      [{ font: 'Comic Sans MS' }, /font/],
      [{ coverLayout: 'title-bottom' }, /coverLayout/],
    ] as const;
    for (const [houseStyle, message] of refusals) {
      const result = await attempt('settings.update', { houseStyle });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-request');
        expect([result.error.message, ...(result.error.details ?? [])].join(' ')).toMatch(message);
      }
    }
    expect((await call('settings.get', {})).houseStyle).toEqual(before);
  });

  it('falls back to the default for a part another program mangled, keeping the parts still readable', async () => {
    const dataDir = tempDir();
    startCore(dataDir);
    cores.splice(0).forEach((core) => core.close());
    const db = new BetterSqlite3(path.join(dataDir, 'library.sqlite'));
    db.prepare("INSERT INTO settings (key, value) VALUES ('house-style', ?)").run(JSON.stringify({ font: 'Times New Roman', headingColour: 'not a colour', coverLayout: 7 }));
    db.close();
    expect((await startCore(dataDir).call('settings.get', {})).houseStyle).toEqual({ ...DEFAULT_HOUSE_STYLE, font: 'Times New Roman' });
    cores.splice(0).forEach((core) => core.close());
    const broken = new BetterSqlite3(path.join(dataDir, 'library.sqlite'));
    broken.prepare("UPDATE settings SET value = '{not json' WHERE key = 'house-style'").run();
    broken.close();
    expect((await startCore(dataDir).call('settings.get', {})).houseStyle).toEqual(DEFAULT_HOUSE_STYLE);
  });
});

describe('cli: settings --house-font --heading-colour --cover-layout', () => {
  it('sets the house style, shows it, and keeps what is not named', async () => {
    const { run } = cliSandbox();
    expect((await run('settings')).stdout).toContain('House font: Arial\nHeading colour: #1F3864\nTitle page: Title at the top (title-top)');
    const result = await run('settings', '--house-font', 'times new roman', '--heading-colour', '#003300');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('House font: Times New Roman\nHeading colour: #003300\nTitle page: Title at the top (title-top)');
    await run('settings', '--cover-layout', 'title-centred');
    const shown = JSON.parse((await run('settings', '--json')).stdout) as { houseStyle: unknown };
    expect(shown.houseStyle).toEqual({ font: 'Times New Roman', headingColour: '#003300', coverLayout: 'title-centred' });
  });

  it('refuses an unknown font or layout and a colour too pale to read, in one line, exiting 2', async () => {
    const { run } = cliSandbox();
    expectOneLineError(await run('settings', '--house-font', 'Comic Sans MS'), /--house-font must be one of "Arial", "Calibri", "Times New Roman", not "Comic Sans MS"\./, 2);
    expectOneLineError(await run('settings', '--heading-colour', '#FFEE00'), /--heading-colour is too pale to read on white paper/, 2);
    expectOneLineError(await run('settings', '--heading-colour', 'blue'), /--heading-colour must be a colour written as # and six hexadecimal digits/, 2);
    expectOneLineError(await run('settings', '--cover-layout', 'middle'), /--cover-layout must be title-top or title-centred, not "middle"\./, 2);
    expect(JSON.parse((await run('settings', '--json')).stdout)).toMatchObject({ houseStyle: DEFAULT_HOUSE_STYLE });
  });
});
