import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findLayerViolations, importedSpecifiers } from '../../scripts/layers.js';

const root = path.resolve(__dirname, '../..');

/** Compiles probe files, as if they were at the given repository paths, under one project's tsconfig; errors by probe. */
function compileErrors(project: string, probes: Record<string, string>): Record<string, string> {
  const configPath = path.join(root, project, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (config === undefined) throw new Error(`cannot read ${configPath}`);
  const texts = new Map(Object.entries(probes).map(([file, text]) => [path.join(root, file), text]));
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => texts.get(path.resolve(name)) ?? readFile(name);
  host.fileExists = (name) => texts.has(path.resolve(name)) || fileExists(name);
  host.getSourceFile = (name, language, onError, create) => {
    const text = texts.get(path.resolve(name));
    return text === undefined ? getSourceFile(name, language, onError, create) : ts.createSourceFile(name, text, language);
  };
  // The project's own files are part of the program, as in `npm run typecheck`, because a file the
  // project includes can bring ambient types (Node's, say) into every other file; only the probes are checked.
  const program = ts.createProgram([...config.fileNames, ...texts.keys()], config.options, host);
  return Object.fromEntries(
    Object.keys(probes).map((file) => {
      const source = program.getSourceFile(path.join(root, file));
      const diagnostics = source === undefined ? [] : [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
      return [file, diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')).join('\n')];
    }),
  );
}

describe('layer check', () => {
  it('reads every import form: static, type-only, export-from, dynamic import and require', () => {
    const text = [
      "import a from 'a';",
      "import type { B } from 'b';",
      "export { c } from 'c';",
      "const d = await import('d');",
      "const e = require('e');",
    ].join('\n');
    expect(importedSpecifiers(text)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it.each([
    ['renderer/editor/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/editor/probe.ts', "import path from 'path';"],
    ['renderer/editor/probe.ts', "const db = await import('better-sqlite3');"],
    ['renderer/app/probe.tsx', "import { ipcRenderer } from 'electron';"],
    ['renderer/app/probe.tsx', "import { createCore } from '../../electron/core/createCore.js';"],
    ['shared/model/probe.ts', "import { api } from '../../renderer/api/client.js';"],
    ['shared/model/probe.ts', "import { Buffer } from 'node:buffer';"],
    ['electron/core/probe.ts', "import { app } from 'electron';"],
    ['electron/core/handlers/probe.ts', "import type { BrowserWindow } from 'electron';"],
    ['electron/cli/probe.ts', "const { dialog } = require('electron');"],
    ['electron/webhost/probe.ts', "import { App } from '../../renderer/app/App.js';"],
    ['electron/core/probe.ts', "import { createMainWindow } from '../shell/mainWindow.js';"],
    ['electron/core/export/pdf/probe.ts', "import { coverPage } from '../docx/cover.js';"],
  ])('refuses %s importing: %s', (file, text) => {
    expect(findLayerViolations([{ path: file, text }])).toHaveLength(1);
  });

  it.each([
    ['renderer/editor/probe.ts', "import { schema } from '../../shared/model/schema.js'; import { EditorView } from 'prosemirror-view';"],
    ['renderer/vite.config.ts', "import { defineConfig } from 'vite'; import path from 'node:path';"],
    ['electron/core/probe.ts', "import Database from 'better-sqlite3'; import { readFile } from 'node:fs/promises';"],
    ['electron/shell/probe.ts', "import { app } from 'electron'; import { createCore } from '../core/createCore.js';"],
    ['electron/core/export/docx/probe.ts', "import { planSections } from '../sectionPlan.js';"],
  ])('allows %s importing: %s', (file, text) => {
    expect(findLayerViolations([{ path: file, text }])).toEqual([]);
  });
});

// Each probe builds a whole project's program, as `npm run typecheck` does: seconds, or a minute on a loaded machine.
describe('the compiler refuses the wrong environment', { timeout: 120_000 }, () => {
  it('refuses process, Buffer and node:fs in the renderer', () => {
    const probe = [
      "import { readFileSync } from 'node:fs';",
      "export const home = process.env['HOME'];",
      "export const bytes = Buffer.from('x');",
      'export { readFileSync };',
    ].join('\n');
    const errors = compileErrors('renderer', { 'renderer/probe.ts': probe })['renderer/probe.ts'];
    expect(errors).toMatch(/node:fs/);
    expect(errors).toMatch(/'process'/);
    expect(errors).toMatch(/'Buffer'/);
  });

  it('refuses electron in the core, the CLI and the web host, but not in the shell', () => {
    const probe = "import { app } from 'electron';\nexport const ready = app.isReady();\n";
    const nodeOnly = ['electron/core/probe.ts', 'electron/cli/probe.ts', 'electron/webhost/probe.ts'];
    const errors = compileErrors('electron/core', Object.fromEntries(nodeOnly.map((file) => [file, probe])));
    for (const file of nodeOnly) expect(errors[file], file).toMatch(/is not a module/);
    expect(compileErrors('electron/shell', { 'electron/shell/probe.ts': probe })['electron/shell/probe.ts']).toBe('');
  });
});

describe('lint refuses the wrong environment', { timeout: 120_000 }, () => {
  const eslint = new ESLint({ cwd: root });
  const lintErrors = async (file: string, text: string) =>
    (await eslint.lintText(text, { filePath: path.join(root, file) })).flatMap((result) => result.messages.map((message) => message.ruleId));

  it('refuses a Node import in the renderer and electron in the core', async () => {
    expect(await lintErrors('renderer/editor/probe.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n")).toContain('no-restricted-imports');
    expect(await lintErrors('electron/core/probe.ts', "import { app } from 'electron';\nexport const ready = app;\n")).toContain('no-restricted-imports');
    expect(await lintErrors('electron/shell/probe.ts', "import { app } from 'electron';\nexport const ready = app;\n")).toEqual([]);
  });
});

it('npm test runs the layer check before the unit tests', () => {
  const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  expect(scripts['test']).toMatch(/npm run check:layers/);
  expect(scripts['check:layers']).toMatch(/scripts\/check-layers\.ts/);
});
