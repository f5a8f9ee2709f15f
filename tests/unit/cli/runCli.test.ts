import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli.js';
import type { PortableDraft } from '../../../electron/core/portableDraft.js';
import type { DraftSummary } from '../../../shared/model/draft.js';
import { TEST_TEMPLATE } from '../core/fixtures.js';
import { cliSandbox, expectOneLineError } from './cliSandbox.js';

describe('cli: templates', () => {
  it('lists templates for people and for scripts', async () => {
    const { run } = cliSandbox();
    const human = await run('templates');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(TEST_TEMPLATE.id);
    expect(human.stdout).toContain(TEST_TEMPLATE.name);
    const json = await run('templates', '--json');
    expect(JSON.parse(json.stdout)).toEqual({
      templates: [{ id: TEST_TEMPLATE.id, name: TEST_TEMPLATE.name, description: TEST_TEMPLATE.description, nation: 'England', words: TEST_TEMPLATE.words }],
      problems: [],
    });
  });

  it('reports a broken template file on stderr and still lists the good ones', async () => {
    const { run, templatesDir } = cliSandbox();
    fs.writeFileSync(path.join(templatesDir, 'broken.json'), JSON.stringify({ ...TEST_TEMPLATE, id: 'broken', nation: 'France' }));
    const result = await run('templates');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(TEST_TEMPLATE.id);
    expect(result.stderr).toMatch(/broken\.json: nation/);
  });
});

describe('cli: new, list, show, set-section', () => {
  it('creates a draft, lists it, replaces a section from Markdown and shows the whole draft', async () => {
    const { run, dataDir } = cliSandbox();
    const created = await run('new', '--template', TEST_TEMPLATE.id, '--title', 'Our promise to you', '--council', 'Exampleshire');
    expect(created.code).toBe(0);
    const id = created.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const list = await run('list');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/ID\s+Council\s+Period\s+Last edited\s+Title/);
    expect(list.stdout).toContain(id);
    expect(list.stdout).toContain('Our promise to you');
    const listed = JSON.parse((await run('list', '--json')).stdout) as DraftSummary[];
    expect(listed.map((draft) => [draft.id, draft.title, draft.council])).toEqual([[id, 'Our promise to you', 'Exampleshire']]);

    const file = path.join(dataDir, 'measures.md');
    fs.writeFileSync(file, '## How we will know\n\n- More care leavers in work\n- Fewer moves\n\n| Indicator | Target |\n| --- | --- |\n| EET at 19 | 65% |\n');
    const set = await run('set-section', id, 'measures', '--text', file);
    expect(set.code).toBe(0);
    expect(set.stdout).toBe('Replaced section "measures" of "Our promise to you" (revision 1).');

    const shown = await run('show', id);
    expect(shown.code).toBe(0);
    const draft = JSON.parse(shown.stdout) as PortableDraft;
    expect(Object.keys(draft)).toEqual(['id', 'title', 'templateId', 'cover', 'sections']);
    expect(draft).toMatchObject({ id, title: 'Our promise to you', templateId: TEST_TEMPLATE.id });
    expect(draft.cover.council).toBe('Exampleshire');
    expect(draft.sections.map((section) => [section.id, section.title, section.status])).toEqual([
      ['introduction', 'Introduction', 'required'],
      ['measures', 'Measures of success', 'required'],
      ['glossary', 'Glossary', 'recommended'],
    ]);
    const measures = draft.sections[1];
    expect(Object.keys(measures ?? {})).toEqual(['id', 'title', 'status', 'doc', 'text']);
    expect(measures?.text).toBe('How we will know\nMore care leavers in work\nFewer moves\nIndicator\tTarget\nEET at 19\t65%');
    expect(measures?.doc.content?.map((node) => node.type)).toEqual(['heading', 'bullet_list', 'table']);
    expect(draft.sections[0]?.text).toBe('Explain why this strategy matters.');
  });

  it('takes plain text too, one paragraph per blank-line-separated block', async () => {
    const { run, dataDir } = cliSandbox();
    const id = (await run('new', '--template', TEST_TEMPLATE.id)).stdout.trim();
    const file = path.join(dataDir, 'glossary.txt');
    fs.writeFileSync(file, 'CiCC - Children in Care Council\n\nIRO - Independent Reviewing Officer\n');
    expect((await run('set-section', id, 'glossary', '--text', file, '--json')).code).toBe(0);
    const draft = JSON.parse((await run('show', id, '--json')).stdout) as PortableDraft;
    expect(draft.title).toBe('Untitled strategy');
    expect(draft.sections.find((section) => section.id === 'glossary')?.text).toBe('CiCC - Children in Care Council\nIRO - Independent Reviewing Officer');
  });

  it('prints JSON receipts with --json', async () => {
    const { run, dataDir } = cliSandbox();
    const created = JSON.parse((await run('new', '--template', TEST_TEMPLATE.id, '--title', 'Scripted', '--json')).stdout) as { id: string; title: string };
    expect(created.title).toBe('Scripted');
    const file = path.join(dataDir, 'intro.md');
    fs.writeFileSync(file, 'Hello.');
    const receipt = JSON.parse((await run('set-section', created.id, 'introduction', '--text', file, '--json')).stdout) as Record<string, unknown>;
    expect(receipt).toMatchObject({ id: created.id, sectionId: 'introduction', revision: 1 });
  });

  it('says so when there is nothing to list', async () => {
    const { run } = cliSandbox();
    expect((await run('list')).stdout).toMatch(/no strategies yet/);
    expect((await run('list', '--trash')).stdout).toBe('The trash is empty.');
    expect(JSON.parse((await run('list', '--json')).stdout)).toEqual([]);
  });

  it('takes the options every command takes before the command name too', async () => {
    const { dataDir, templatesDir, newDraft } = cliSandbox();
    const draft = await newDraft('--title', 'Options first');
    const out: string[] = [];
    const code = await runCli(['--data-dir', dataDir, `--templates-dir=${templatesDir}`, '--json', 'list'], { stdout: (text) => out.push(text), stderr: (text) => out.push(text) });
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual([expect.objectContaining({ id: draft.id, title: 'Options first' })]);
  });
});

describe('cli: errors', () => {
  it('rejects an unknown command', async () => {
    const { run } = cliSandbox();
    const result = await run('frobnicate');
    expectOneLineError(result, /^Unknown command "frobnicate"\. Commands: templates, new, list, show, set-section/);
    expect(result.code).toBe(2);
  });

  it('rejects missing arguments and options', async () => {
    const { run } = cliSandbox();
    expectOneLineError(await run('show'), /^Missing ID\. Usage: .*show ID/);
    expectOneLineError(await run('set-section', 'abc'), /^Missing SECTION_ID\./);
    expectOneLineError(await run('set-section', 'abc', 'measures'), /^Missing --text FILE\./);
    expectOneLineError(await run('new'), /^Missing --template ID\./);
    expectOneLineError(await run('list', '--colour'), /^Unknown option '--colour'\. Usage: /);
    expectOneLineError(await run('show', 'a', 'b'), /^Unexpected argument "b"/);
  });

  it('rejects bad and unknown ids', async () => {
    const { run, dataDir } = cliSandbox();
    expectOneLineError(await run('show', 'no-such-draft'), /no strategy with the id "no-such-draft"/);
    expectOneLineError(await run('show', '../etc/passwd'), /not in the expected form.*id: is not a valid id/);
    expectOneLineError(await run('new', '--template', 'no-such-template'), /no template "no-such-template"\. The templates are: [a-z-]+/);
    const id = (await run('new', '--template', TEST_TEMPLATE.id)).stdout.trim();
    const file = path.join(dataDir, 'x.md');
    fs.writeFileSync(file, 'x');
    expectOneLineError(await run('set-section', id, 'no-such-section', '--text', file), /has no text section "no-such-section"/);
    expectOneLineError(await run('set-section', id, 'measures', '--text', path.join(dataDir, 'missing.md')), /Could not read .*missing\.md: no such file/);
    expectOneLineError(await run('set-section', 'no-such-draft', 'measures', '--text', file), /no strategy with the id/);
  });

  it('explains an unreadable library and leaves it alone', async () => {
    const { run, dataDir } = cliSandbox();
    const file = path.join(dataDir, 'library.sqlite');
    fs.writeFileSync(file, 'definitely not a database, '.repeat(10));
    expectOneLineError(await run('list'), /not a database this app can read.*left untouched/);
    expect(fs.readFileSync(file, 'utf8')).toBe('definitely not a database, '.repeat(10));
  });

  it('prints help without opening a library', async () => {
    const out: string[] = [];
    expect(await runCli(['help'], { stdout: (text) => out.push(text), stderr: () => undefined })).toBe(0);
    expect(out.join('\n')).toMatch(/set-section/);
    const { run } = cliSandbox();
    const commandHelp = await run('set-section', '--help');
    expect(commandHelp.code).toBe(0);
    expect(commandHelp.stdout).toMatch(/Usage: .*set-section ID SECTION_ID --text FILE/);
  });
});
