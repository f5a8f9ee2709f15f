import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Section ids belong to the pack: code asks for the section playing a role
 * (`sectionWithRole`, `hasRole`), so that a pack can name its sections as it
 * likes and a second pack needs no code. This test reads every source file
 * of the app and fails on a string literal that is a section id of a shipped
 * pack, outside the pack loader and the pack's schema.
 *
 * Some section ids are also ordinary values of other vocabularies: a table
 * kind (`measures`), a role (`glossary`, `pledge`), the cover's kind
 * (`cover`). A literal is taken for one of those when the code says so: it
 * is compared with, assigned to, passed as or typed as something named
 * `kind` or `role`. The cover is told apart by its kind everywhere, so only
 * the ids of text sections are looked for.
 */

const root = path.resolve(__dirname, '../..');
const SCANNED = ['electron', 'shared', 'renderer'];

/** Where section ids may be named: the pack loader and the schema of packs. */
const ALLOWED = ['electron/core/templates/', 'shared/template/'];

/** The ids of the text sections of every pack shipped in templates/ (a folder with pack.json, or a one-file template). */
function shippedSectionIds(): Set<string> {
  const templates = path.join(root, 'templates');
  const ids = new Set<string>();
  for (const entry of readdirSync(templates)) {
    const full = path.join(templates, entry);
    const file = statSync(full).isDirectory() ? path.join(full, 'pack.json') : entry.endsWith('.json') && !entry.endsWith('.schema.json') ? full : null;
    if (file === null) continue;
    let pack: { sections?: { id: string; kind: string }[] };
    try {
      pack = JSON.parse(readFileSync(file, 'utf8')) as typeof pack;
    } catch {
      continue;
    }
    for (const section of pack.sections ?? []) if (section.kind === 'text') ids.add(section.id);
  }
  return ids;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

interface SectionIdMention {
  file: string;
  line: number;
  text: string;
}

/** The name a value is given to: an identifier, the last name of a property access, a property or a parameter. */
function nameOf(node: ts.Node | undefined): string {
  if (node === undefined) return '';
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return node.text;
  if (ts.isQualifiedName(node)) return node.right.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node)) return nameOf(node.argumentExpression);
  if (ts.isStringLiteral(node)) return node.text;
  if (ts.isCallExpression(node)) return nameOf(node.expression);
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isSatisfiesExpression(node)) return nameOf(node.expression);
  if (ts.isPropertyAssignment(node) || ts.isPropertySignature(node) || ts.isParameter(node) || ts.isVariableDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isPropertyDeclaration(node)) {
    const annotation = 'type' in node && node.type !== undefined && !ts.isTypeAliasDeclaration(node) ? ` ${node.type.getText()}` : '';
    return `${nameOf(node.name)}${annotation}`;
  }
  return '';
}

/** The parameters of a function declared in the same file under this name, if any. */
function localParameters(source: ts.SourceFile, name: string): readonly ts.ParameterDeclaration[] | undefined {
  let found: readonly ts.ParameterDeclaration[] | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isFunctionDeclaration(node) && node.name?.text === name) found = node.parameters;
    else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))) found = node.initializer.parameters;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The names the code gives a literal: what it is compared with, assigned to, passed as or typed as. */
function contextNames(literal: ts.Node, source: ts.SourceFile): string[] {
  let node: ts.Node = literal;
  // Through `x as const`, brackets and array literals to what holds them.
  while (ts.isAsExpression(node.parent) || ts.isParenthesizedExpression(node.parent) || ts.isArrayLiteralExpression(node.parent) || ts.isSatisfiesExpression(node.parent)) node = node.parent;
  // Through unions of literal types to the declaration typed by them.
  if (ts.isLiteralTypeNode(node.parent)) {
    node = node.parent;
    while (ts.isUnionTypeNode(node.parent) || ts.isParenthesizedTypeNode(node.parent) || ts.isArrayTypeNode(node.parent) || ts.isTypeOperatorNode(node.parent)) node = node.parent;
  }
  const parent = node.parent;
  if (ts.isBinaryExpression(parent)) return [nameOf(parent.left === node ? parent.right : parent.left)];
  if (ts.isCaseClause(parent)) return [nameOf(parent.parent.parent.expression)];
  if (ts.isCallExpression(parent) && parent.arguments.includes(node as ts.Expression)) {
    const callee = parent.expression;
    const names = [nameOf(callee)];
    if (ts.isPropertyAccessExpression(callee)) names.push(nameOf(callee.expression));
    if (ts.isIdentifier(callee)) names.push(nameOf(localParameters(source, callee.text)?.[parent.arguments.indexOf(node as ts.Expression)]));
    return names;
  }
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) return [nameOf(parent)];
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isPropertyDeclaration(parent)) && parent.initializer === node) return [nameOf(parent)];
  if (ts.isPropertySignature(parent) || ts.isParameter(parent) || ts.isVariableDeclaration(parent) || ts.isTypeAliasDeclaration(parent) || ts.isPropertyDeclaration(parent)) return [nameOf(parent)];
  return [];
}

/** A property's name (`Pick<Section, 'roles'>`, `'roles' in value`), not a value. */
function isPropertyKey(literal: ts.Node): boolean {
  let node: ts.Node = literal;
  if (ts.isBinaryExpression(node.parent)) return node.parent.operatorToken.kind === ts.SyntaxKind.InKeyword && node.parent.left === node;
  if (!ts.isLiteralTypeNode(node.parent)) return false;
  node = node.parent;
  while (ts.isUnionTypeNode(node.parent)) node = node.parent;
  return ts.isTypeReferenceNode(node.parent) && ['Pick', 'Omit'].includes(nameOf(node.parent.typeName)) && node.parent.typeArguments?.[1] === node;
}

/** A literal the code itself calls a kind (of table, of section) or a role. */
const KIND_OR_ROLE = /kind|role/i;

/** Every string literal in the source that is a section id, or a rule id made from one (`measures.table`). */
function sectionIdMentions(file: string, text: string, ids: ReadonlySet<string>): SectionIdMention[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const mentions: SectionIdMention[] = [];
  const isSectionId = (value: string): boolean => ids.has(value) || [...ids].some((id) => value.startsWith(`${id}.`));
  // `id.startsWith('foreword')` tests ids too: the words of an id up to one of its hyphens.
  const isIdPrefixTest = (literal: ts.Node, value: string): boolean =>
    ts.isCallExpression(literal.parent) && nameOf(literal.parent.expression) === 'startsWith' && [...ids].some((id) => id.startsWith(`${value}-`));
  const visit = (node: ts.Node): void => {
    const value =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) ? node.text : undefined;
    if (value !== undefined && (isSectionId(value) || isIdPrefixTest(node, value)) && !ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent) && !isPropertyKey(node)) {
      if (!contextNames(node, source).some((name) => KIND_OR_ROLE.test(name))) {
        mentions.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: node.getText(source) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return mentions;
}

const PROBE_IDS = new Set(['glossary', 'measures', 'foreword-young-people', 'board-tor']);
const probe = (text: string) => sectionIdMentions('probe.ts', text, PROBE_IDS).map((mention) => mention.text);

describe('the section-id finder', () => {
  it('finds a section id however the code tests or names it', () => {
    expect(probe("if (section.id === 'glossary') run();")).toEqual(["'glossary'"]);
    expect(probe("const FOREWORD = 'foreword-young-people';")).toEqual(["'foreword-young-people'"]);
    expect(probe("const ids: readonly string[] = ['glossary', \"measures\"];")).toEqual(["'glossary'", '"measures"']);
    expect(probe("switch (id) { case 'board-tor': break; }")).toEqual(["'board-tor'"]);
    expect(probe("const rules = { 'measures': check, glossary: other };")).toEqual(["'measures'"]);
    expect(probe('rules.get(`measures`); find(`board-tor.${element}`);')).toEqual(['`measures`', '`board-tor.${']);
    expect(probe("type Foreword = 'foreword-young-people' | 'other';")).toEqual(["'foreword-young-people'"]);
    expect(probe("startsWith('glossary.quorum')")).toEqual(["'glossary.quorum'"]);
    expect(probe("if (section.id.startsWith('foreword')) skip();")).toEqual(["'foreword'"]);
  });

  it('leaves kinds, roles and ordinary words alone', () => {
    expect(probe("if (table.kind === 'measures') skip();")).toEqual([]);
    expect(probe("const TABLE_KINDS = ['plain', 'measures'] as const;")).toEqual([]);
    expect(probe("interface T { kind: 'measures' | 'plain' }")).toEqual([]);
    expect(probe("const table = { kind: 'measures', rows };")).toEqual([]);
    expect(probe("function insert(kind: string) {} insert('measures');")).toEqual([]);
    expect(probe("sectionWithRole(template, 'glossary'); hasRole(section, 'glossary'); section.roles.includes('measures');")).toEqual([]);
    expect(probe("const roles: SectionRole[] = ['glossary'];")).toEqual([]);
    expect(probe("const label = 'The glossary lists measures'; import x from './glossary.js';")).toEqual([]);
    expect(probe("if (section.roles.some((role) => role.endsWith('-foreword'))) skip(); if (word.startsWith('fore')) other();")).toEqual([]);
    expect(probe("type Glossary = Pick<Sections, 'glossary' | 'measures'>; if ('glossary' in sections) use();")).toEqual([]);
  });
});

describe('section ids stay in the pack', () => {
  it('finds the section ids of the shipped pack', () => {
    const ids = shippedSectionIds();
    expect(ids.has('glossary')).toBe(true);
    expect(ids.has('cover')).toBe(false);
  });

  it('are named by no module outside the pack loader and the schema', () => {
    const ids = shippedSectionIds();
    const skipped = ALLOWED;
    const mentions = SCANNED.flatMap(sourceFiles)
      .filter((file) => !skipped.some((allowed) => file === allowed || file.startsWith(allowed)))
      .flatMap((file) => sectionIdMentions(file, readFileSync(path.join(root, file), 'utf8'), ids));
    expect(mentions.map((mention) => `${mention.file}:${mention.line} ${mention.text}`)).toEqual([]);
  });
});
